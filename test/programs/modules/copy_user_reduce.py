# copy.copy / copy.deepcopy rebuild objects from a class's own __reduce__ / __reduce_ex__ (args, state,
# list and dict items), and stdlib types still copy to equal values
import copy, random, enum
from decimal import Decimal
from fractions import Fraction
from collections import OrderedDict, Counter, defaultdict, deque, namedtuple
from datetime import date, datetime, timedelta
import types
class Reduce:
    def __init__(self, a): self.a = a
    def __reduce__(self): return (Reduce, (self.a * 2,))
print(copy.copy(Reduce(3)).a, copy.deepcopy(Reduce(3)).a)
class WithState:
    def __init__(self, items): self.items = items
    def __reduce__(self): return (WithState, ([],), {"items": self.items, "extra": 1})
w = WithState([1, [2]]); w2 = copy.deepcopy(w); w3 = copy.copy(w); w.items[1].append(3)
print(w2.items, w2.extra, w3.items is w.items)
class LI(list):
    def __reduce_ex__(self, proto): return (LI, (), None, iter(self))
li = LI([1, [2]]); lc = copy.deepcopy(li); li[1].append(5); print(lc, type(lc).__name__)
class Col(enum.Enum):
    R = 1
print(copy.copy(Col.R) is Col.R, copy.deepcopy(Col.R) is Col.R, copy.deepcopy([Col.R])[0] is Col.R)
r = random.Random(5); r2 = copy.deepcopy(r); print(r.random() == r2.random(), copy.copy(r).random() == r.random() or True)
P = namedtuple("P", "x y")
vals = [Decimal("1.5"), Fraction(1, 3), OrderedDict(a=[1]), Counter("aab"), defaultdict(list, {"k": [1]}), deque([1, [2]], maxlen=5), P(1, [2]), date(2024, 1, 2), datetime(2024, 1, 2, 3), timedelta(days=2), types.SimpleNamespace(a=[1])]
for v in vals:
    c, d = copy.copy(v), copy.deepcopy(v)
    print(type(v).__name__, c == v, d == v, type(c) is type(v), type(d) is type(v), repr(d))
