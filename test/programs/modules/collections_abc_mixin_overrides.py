from collections.abc import MutableMapping, Mapping
class Store(MutableMapping):
    def __init__(self): self.d = {"a": 1, "b": 2, "keep": 0}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
    def popitem(self):
        for k in self.d:
            if k != "keep":
                return k, self.d.pop(k)
        raise KeyError
s = Store(); s.clear(); print(s.d)
class Fixed(Mapping):
    def __getitem__(self, k): return {"x": 1}[k]
    def __iter__(self): return iter(["x"])
    def __len__(self): return 1
    def items(self): return [("x", 1), ("y", 2)]
print(Fixed() == {"x": 1, "y": 2}, Fixed() == {"x": 1})
