# list, tuple, dict, set, frozenset, iter, next
print(list("abc"), list((1, 2)), list({"a": 1, "b": 2}), list(range(3)), list({"x": 1}.items()))
print(tuple([1, 2]), tuple("ab"), tuple(), tuple(x for x in range(3)))
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": 1}, extra=2), dict(zip("ab", (1, 2))))
d = dict.fromkeys(["a", "b"], 0)
print(d, d.get("a"), d.get("z"), d.get("z", "dflt"), d.setdefault("c", 5), d)
d.update({"a": 10}, b=20)
print(d, d.pop("a"), d.pop("missing", None), d, list(d.keys()), list(d.values()), list(d.items()))
print(d.popitem(), d, "b" in d, len(d))
d2 = {"x": 1}
d2 |= {"y": 2}
print(d2, d2 | {"z": 3}, {**d2, "w": 0})
s = set([3, 1, 2, 3])
print(sorted(s), len(s), 2 in s)
s.add(10); s.discard(1); s.discard(99); s.remove(2)
print(sorted(s), sorted(s.union({0})), sorted(s.intersection({3, 4})), sorted(s.difference({3})), s.issubset({3, 10, 11}), s.isdisjoint({7}))
try:
    s.remove(99)
except KeyError as e:
    print("KeyError:", e)
fs = frozenset([1, 2, 2])
print(sorted(fs), len(fs), 1 in fs, fs == frozenset({1, 2}), fs == {1, 2}, {fs: "hashable"}[frozenset([2, 1])])
it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration:
    print("StopIteration")
it2 = iter("ab")
print(list(it2), list(it2))
calls = [0]
def counter():
    calls[0] += 1
    return calls[0]
print(list(iter(counter, 4)))
lst = [1, 2, 3]
lst.extend([4, 5]); lst.insert(0, 0); lst.remove(3)
print(lst, lst.pop(), lst.pop(0), lst, lst.index(4), lst.count(2))
lst.reverse()
print(lst, lst.copy(), lst * 2, [0] * 3)
lst.clear()
print(lst)
print(list(map(list, ["ab", "c"])), [[]] * 2)
t = (1, 2, 2, 3)
print(t.count(2), t.index(3), t + (4,), t * 2, t[1:])
print(sorted(set("hello")), sorted({x % 3 for x in range(10)}))
