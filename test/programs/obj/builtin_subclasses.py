# subclasses of builtin types (float, str, dict, list), __slots__, operator dunders, class/static methods
class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o): return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k): return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self): return Vec(-self.x, -self.y)
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, o): return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __iter__(self): yield self.x; yield self.y
    def __repr__(self): return f"Vec({self.x!r}, {self.y!r})"
    def __bool__(self): return bool(self.x or self.y)
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __len__(self): return 2
v, w = Vec(1, 2), Vec(3.5, -1)
print(v + w, v - w, 2 * v, v * 2, -v, abs(Vec(3, 4)), v == Vec(1, 2), v != w, list(v), v[1], len(v))
print({v, Vec(1, 2), w}.__len__(), bool(Vec(0, 0)), sorted([w, v], key=abs), tuple(w), [*v, *w])
class Meta(type):
    pass
class Registry:
    items = {}
    @classmethod
    def register(cls, name):
        def deco(f):
            cls.items[name] = f
            return f
        return deco
    @staticmethod
    def names():
        return sorted(Registry.items)
@Registry.register("double")
def double(x): return 2 * x
@Registry.register("neg")
def neg(x): return -x
print(Registry.names(), Registry.items["double"](21), double.__name__)
class Lazy:
    def __init__(self): self.calls = 0
    def __getattr__(self, name):
        self.calls += 1
        return name.upper()
lz = Lazy()
print(lz.foo, lz.bar, lz.calls, hasattr(lz, "anything"), getattr(lz, "zz", None))
class Counter(dict):
    def __missing__(self, key):
        return 0
    def add(self, k):
        self[k] += 1
cnt = Counter()
for ch in "hello":
    cnt.add(ch)
print(cnt, cnt["z"], len(cnt), isinstance(cnt, dict), sorted(cnt.items()))
class Stack(list):
    def push(self, x): self.append(x); return self
    def peek(self): return self[-1]
s = Stack([1]).push(2).push(3)
print(s, s.peek(), len(s), s[0], type(s).__name__, isinstance(s, list), s + [4], sum(s))
class Temp(float):
    def __repr__(self): return f"Temp({float(self)})"
t = Temp(21.5)
print(t, t + 1, t * 2, str(t), f"{t:.1f}", round(t), int(t), t > 20, type(t + 1).__name__)
class Name(str):
    def shout(self): return self.upper() + "!"
nm = Name("bob")
print(nm, nm.shout(), nm + "by", len(nm), nm == "bob", isinstance(nm, str), repr(nm), nm.title())
class E(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self): return f"[{self.code}] {self.args[0]}"
try:
    raise E(404, "not found")
except Exception as ex:
    print(ex, repr(ex), ex.code, ex.args)
