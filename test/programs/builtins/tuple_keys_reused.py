# the same tuple objects used as dict keys and set elements again and again, and equal tuples of other
# types (1 == 1.0 == True, nested tuples, None, strings, namedtuples) finding the same entry
from collections import namedtuple

pts = [(x, y) for x in range(-3, 4) for y in range(-3, 4)]
counts = {}
for _ in range(3):
    for p in pts:
        counts[p] = counts.get(p, 0) + 1
print(len(counts), counts[(0, 0)], counts[(-3, 3)], sum(counts.values()))

d = {(1, 2): "a", ((1, 2), "x"): "b", (None, 1.5): "c", ("s", True): "d"}
keys = [(1.0, 2), (True, 2.0), ((1, 2.0), "x"), (None, 1.5), ("s", 1), ("s", 1.0)]
for k in keys:
    print(k, d.get(k), k in d)
    print(k, d.get(k), k in d)  # a second time, through the key kept on the tuple

P = namedtuple("P", "x y")
d[P(1, 2)] = "named"
print(d[(1, 2)], len(d), P(1, 2) in d, (1, 2) == P(1, 2))
s = set(pts) | {P(0, 0), (0.0, -0.0)}
print(len(s), (0, 0) in s, P(3, 3) in s)
t = (1, [2])
try:
    d[t] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    d[t] = 1
except TypeError as e:
    print("TypeError:", e)
f = frozenset({(1, 2), (2, 1)})
print(sorted(f), (2, 1) in f, {f: 1}[frozenset({(2, 1), (1, 2)})])
big = (2 ** 70, -(2 ** 70))
d[big] = "big"
print(d[(2 ** 70, -(2 ** 70))], d[big])
nan = float("nan")
tn = (nan,)
d[tn] = "nan"
print(d.get(tn), d.get((nan,)), d.get((float("nan"),)))
