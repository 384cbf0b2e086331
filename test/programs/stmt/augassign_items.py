# d[k] op= number: a plain dict entry updated in place when it holds a number; every other container and value as usual
d = {"a": 1, 2: 2.5, 3: True, 4: 2**53}
d["a"] += 1; d[2] += 1; d[3] += 1; d[4] += 1
d["a"] -= 0.5; d[2] *= 2
try:
    d["zz"] += 1
except KeyError as e: print("KeyError", e)
l = [1, 2]; l[0] += 5; l[-1] *= 3
class D(dict):
    def __missing__(self, k): return 10
dd = D(); dd["q"] += 1
import collections
c = collections.Counter(); c["x"] += 1; c["x"] += 1
dl = collections.defaultdict(int); dl["k"] += 3
s = {"t": "ab"}; s["t"] += "c"
o = {"v": [1]}; o["v"] *= 2
print(d, l, dd, c, dl, s, o)
