# every path that reads or writes a dict's entries: literals, in-place updates, views, popitem, copies,
# json, kw defaults, namespace dicts, iteration errors, and a large dict
import json
d = {"a": 1, "b": 2, "a": 3, "c": 4}
print(d, list(d), list(d.values()), list(d.items()))
d["b"] += 10
d["z"] = d.get("z", 0) + 1
print(d)
counts = {}
for w in "the cat and the hat and the bat".split():
    if w in counts:
        counts[w] += 1
    else:
        counts[w] = 1
print(counts, counts["the"])
class Counter(dict):
    pass
c = Counter(x=1)
c["x"] += 5
c["y"] = c.get("y", 0) + 2
print(c, type(c).__name__)
keys = {1: "int", 1.0: "float", True: "bool"}
print(keys, list(keys.keys()))
t = {(1, 2): "a", (1, 2.0): "b"}
print(t)
e = dict(a=1, b=2, c=3)
print(e.popitem(), e, e.setdefault("q", []), e.pop("a"), e)
print(dict.fromkeys("xyz", 0), {**d, **counts}, d | {"a": 0})
f = d.copy(); f.update({"a": -1}, w=9); print(f, d == f, sorted(f.items()))
print(json.dumps({"b": 1, "a": [1, {"y": 2, "x": 1}]}, sort_keys=True), json.dumps(d))
def g(*, k=1, m=2):
    return k, m
g.__kwdefaults__ = {"k": 10, "m": 20}
print(g(), g(k=0))
class A:
    def __init__(self):
        self.p = 1
        self.q = 2
a = A()
print(vars(a), list(a.__dict__.items()))
a.__dict__.update(r=3)
print(a.r, sorted(vars(a)))
for bad in ("add", "keys"):
    try:
        for k in counts:
            if bad == "add":
                counts[k + "!"] = 0
            else:
                del counts[k]
                counts[k] = 1
    except RuntimeError as ex:
        print("RuntimeError:", ex)
s = {3, 1, 2}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as ex:
    print("RuntimeError:", ex)
big = {i: i * i for i in range(50000)}
big2 = {}
for i in range(50000):
    big2[str(i)] = i
print(len(big), big[49999], sum(big.values()) % 1000003, len(big2), big2["12345"], list(big2.items())[-1])
for k in list(big)[:49990]:
    del big[k]
print(big, big.popitem())
it = iter({"one": 1, "two": 2}.items())
print(next(it), next(it))
print([(k, v) for k, v in {"p": 1, "q": 2}.items()], {v: k for k, v in {"p": 1, "q": 2}.items()})
