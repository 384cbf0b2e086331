from collections.abc import Mapping, MutableMapping, KeysView, ItemsView, ValuesView, MappingView, Set
class M(Mapping):
    def __init__(self, d): self._d = d
    def __getitem__(self, k): return self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
    def __repr__(self): return f"M({self._d})"
m = M({"a": 1, "b": 2})
k, items, vals = m.keys(), m.items(), m.values()
print(type(k).__name__, isinstance(k, KeysView), isinstance(k, Set), isinstance(vals, Set), isinstance(k, MappingView))
print(k, items, vals, len(k), len(items), len(vals))
print(sorted(k & {"a", "z"}), sorted(k | {"q"}), sorted(k - {"a"}), sorted(k ^ {"a", "c"}), sorted({"a", "x"} & k), k == {"a", "b"}, k <= {"a", "b", "c"})
print("a" in k, "z" in k, ("a", 1) in items, ("a", 2) in items, ("zz", 1) in items, 2 in vals, 3 in vals)
print(list(k), list(items), list(vals), sorted(items - {("a", 1)}), k.isdisjoint({"x"}))
m._d["c"] = 3
print(list(k), len(vals))
print(m == {"a": 1, "b": 2, "c": 3}, m.get("z", 0), dict(m), sorted(m.values()))
class Store(MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
s = Store(); s.update(x=1, y=2); s.setdefault("z", 3)
print(type(s.keys()).__name__, list(s.values()), s.pop("x"), list(s.items()))
print(KeysView({"p": 1}), ItemsView({"p": 1}), list(ValuesView({"p": 1, "q": 2})))
try:
    hash(k)
except TypeError as e:
    print(e)
from collections import UserDict
class Upper(UserDict):
    def __getitem__(self, k): return super().__getitem__(k).upper()
u = Upper(a="x", b="y")
print(u.keys(), u.items(), u.values(), type(u.keys()).__name__, sorted(u.keys() & {"a"}), list(u.items()), ("a", "X") in u.items())
