# dataclass comparisons and hash written out as compiled source: order, frozen, fields named self/other, qualnames
from dataclasses import dataclass, field
@dataclass(order=True, frozen=True)
class P:
    x: int
    y: str = field(compare=False, default='q')
    z: float = 0.0
@dataclass
class E:
    pass
@dataclass(eq=True, unsafe_hash=True)
class H:
    self: int
    other: int
a, b = P(1, 'a', 2.0), P(1, 'b', 3.0)
print(a < b, a <= b, a > b, a >= b, a == b, a == P(1, 'zz', 2.0), hash(a) == hash(P(1, 'c', 2.0)), a.__lt__(5), E() == E(), E() == 1)
print(P.__lt__.__qualname__, P.__eq__.__qualname__, P.__hash__.__qualname__, H.__hash__.__qualname__, H(1, 2) == H(1, 2), hash(H(1, 2)) == hash((1, 2)))
print(sorted([P(3), P(1), P(2)]), max(P(5), P(7)))
try:
    P(1) < 5
except TypeError as e:
    print('TypeError:', e)
