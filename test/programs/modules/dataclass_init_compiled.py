import inspect
from dataclasses import dataclass, field, InitVar, KW_ONLY, fields
from typing import ClassVar

@dataclass
class A:
    x: int
    y: float = 1.5
    z: list = field(default_factory=list)
    w: int = field(default=7, init=False)
    v: list = field(default_factory=lambda: [1], init=False)

@dataclass(frozen=True)
class F:
    a: int
    b: str = "b"

@dataclass
class S:
    self: int
    other: int = 2

@dataclass
class PI:
    a: int
    scale: InitVar[int] = 2
    def __post_init__(self, scale):
        self.a *= scale

@dataclass
class K:
    a: int
    _: KW_ONLY
    b: int = 0
    c: int

@dataclass
class E:
    pass

@dataclass(kw_only=True)
class KO:
    p: int
    q: int = 4

print(A(1), A(2, 3.0, [4]), A(x=5, z=[6]), F(1), S(1), S(self=3, other=4), PI(3), PI(3, scale=5), K(1, c=3), E(), KO(p=1))
for call in [lambda: A(), lambda: A(1, 2, 3, 4), lambda: A(1, q=2), lambda: A(1, x=2), lambda: F(1).__setattr__('a', 2),
             lambda: K(1), lambda: K(1, 2, 3), lambda: KO(1), lambda: E(1), lambda: S(), lambda: PI(), lambda: A(y=2)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
a1, a2 = A(1), A(1)
print(a1.z is a2.z, a1.v is a2.v, A.__init__.__qualname__, A.__init__.__name__)
print(inspect.signature(A), inspect.signature(K), inspect.signature(F))
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print(e)
from dataclasses import dataclass, InitVar
@dataclass
class PI:
    a: int
    scale: InitVar[int] = 2
print(inspect.signature(PI), PI.__init__.__annotations__)
from dataclasses import dataclass, field
@dataclass(slots=True)
class P:
    x: int
    y: int = 0
@dataclass
class B:
    a: int
    b: int = 1
@dataclass
class C(B):
    c: int = 2
@dataclass(frozen=True, slots=True)
class Q:
    x: int
print(P(1), C(1, c=5), Q(3), hash(Q(3)) == hash(Q(3)))
p = P(2)
try:
    p.z = 1
except AttributeError as e:
    print(e)
try:
    Q(1).x = 2
except Exception as e:
    print(type(e).__name__, e)
