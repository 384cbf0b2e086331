# a dict iterated while keys are deleted and re-inserted: the iterator stops with CPython's errors
# instead of meeting the re-inserted keys forever; OrderedDict words its errors its own way
from collections import OrderedDict


def attempt(label, d, step):
    seen = []
    try:
        for k in d:
            seen.append(k)
            if len(seen) > 10:
                print(label, "runaway", seen)
                return
            step(d, k)
        print(label, "done", seen, d)
    except RuntimeError as e:
        print(label, "RuntimeError:", e, seen)


attempt("rename2", {"a": 1, "b": 2}, lambda d, k: d.__setitem__(k.upper(), d.pop(k)))
attempt("swap", {"x": 1, "y": 2, "z": 3}, lambda d, k: d.__setitem__("w" + k, d.pop(k)) if k == "x" else None)
attempt("values", {"a": 1, "b": 2}, lambda d, k: d.__setitem__(k, d[k] * 10))
attempt("grow", {"a": 1}, lambda d, k: d.__setitem__(k + k, 0))
attempt("shrink", {"a": 1, "b": 2}, lambda d, k: d.pop("b", None))

for name, step in [("add", lambda od, k: od.__setitem__("z", 1)),
                   ("pop", lambda od, k: od.pop("c") if k == "a" else None),
                   ("set", lambda od, k: od.__setitem__(k, 5))]:
    attempt("od-" + name, OrderedDict(a=1, b=2, c=3), step)

od = OrderedDict(a=1, b=2, c=3)
it = reversed(od)
print(next(it))
od["q"] = 1
try:
    next(it)
except RuntimeError as e:
    print("reversed:", e)
print(list(reversed(od)), od.popitem(), od.popitem(last=False), od)

d2 = {"k": 1}
it2 = iter(d2.items())
d2["m"] = 2
try:
    next(it2)
except RuntimeError as e:
    print("items:", e)
