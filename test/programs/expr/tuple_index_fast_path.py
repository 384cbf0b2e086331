# tuple subscripts: plain tuples, subclasses (own __getitem__, namedtuple), odd indices and errors
from collections import namedtuple
t = (10, 20, 30)
print(t[0], t[2], t[-1], t[True], t[False], t[1:], t[::-1])
class Idx:
    def __index__(self):
        return 1
print(t[Idx()])
for bad in (3, -4, 1.0, "0", None):
    try:
        print(t[bad])
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
class Shifted(tuple):
    def __getitem__(self, i):
        return super().__getitem__(i + 1) if isinstance(i, int) else "slice"
s = Shifted((1, 2, 3, 4))
print(s[0], s[2], s[1:3])
P = namedtuple("P", "x y")
p = P(3, 4)
print(p[0], p[1], p[-2], p.x)
pairs = [(i, i * i) for i in range(1000)]
tot = 0
for q in pairs:
    tot += q[0] * q[1] - q[-1]
print(tot, sum(q[1] for q in pairs), max(pairs, key=lambda q: q[1] % 97))
nested = ((1, (2, 3)), (4, (5, 6)))
print(nested[1][1][0], [n[1][-1] for n in nested])
