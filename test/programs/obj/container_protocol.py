# __len__, __getitem__, __setitem__, __delitem__, __iter__, __contains__
class Bag:
    def __init__(self):
        self.data = {}
    def __len__(self):
        return len(self.data)
    def __getitem__(self, key):
        if key not in self.data:
            raise KeyError(key)
        return self.data[key]
    def __setitem__(self, key, value):
        print("set", key, value)
        self.data[key] = value
    def __delitem__(self, key):
        del self.data[key]
    def __iter__(self):
        return iter(sorted(self.data))
    def __contains__(self, item):
        print("contains?", item)
        return item in self.data
b = Bag()
b["x"] = 1
b["y"] = 2
print(len(b), b["x"], "x" in b, "z" not in b, list(b))
del b["x"]
print(len(b), list(b), bool(b))
try:
    b["missing"]
except KeyError as e:
    print("KeyError", e)
class Seq:
    """Iterable only through __getitem__."""
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), 25 in Seq())
for v in Seq():
    print("v", v)
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), sum(Countdown(4)), sorted(Countdown(3)), 2 in Countdown(3))
a, b2, c = Countdown(3)
print(a, b2, c)
class Grid:
    def __getitem__(self, idx):
        return idx
g = Grid()
print(g[1, 2], g[1:2], g[::2], g[...], g["k"])
class Sliceable:
    def __init__(self, items): self.items = items
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Sliceable(self.items[i])
        return self.items[i]
    def __len__(self): return len(self.items)
sl = Sliceable([1, 2, 3, 4, 5])
print(sl[1:4].items, sl[-1], len(sl[::2]))
