# d[k] = d.get(k, n) + m: the counting idiom, on plain dicts and everything else
words = "the cat the hat the end a a a".split()
c = {}
for w in words:
    c[w] = c.get(w, 0) + 1
f = {}
for w in words:
    f[w] = f.get(w, 0.5) - 1
g = {"the": "x"}
try:
    for w in words:
        g[w] = g.get(w, 0) + 1
except TypeError as e:
    print("TypeError:", e)
class D(dict):
    def get(self, k, d=None):
        return 100
h = D()
for w in words:
    h[w] = h.get(w, 0) + 1
import collections
cc = collections.Counter()
for w in words:
    cc[w] = cc.get(w, 0) + 1
big = {"n": 2**53}
big["n"] = big.get("n", 0) + 1
k = (1, 2)
t = {}
t[k] = t.get(k, 0) + 1
t[k] = t.get(k, 0) + 1
bools = {True: 1}
one = 1
bools[one] = bools.get(one, 0) + 1
print(c, f, g, h, cc, big, t, bools)
