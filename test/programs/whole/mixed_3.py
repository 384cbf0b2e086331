# a whole program mixing many language features (recorded from python3)
# assorted language features
from math import sqrt, floor
import sys
def gen_squares(n):
    yield from (i * i for i in range(n))
print(list(gen_squares(5)))
def kw_only(a, *, b=2, **rest):
    return a, b, rest
print(kw_only(1, b=3, c=4), kw_only(**{"a": 9}))
def pos_only(a, b, /, c):
    return a + b + c
print(pos_only(1, 2, c=3))
try:
    pos_only(a=1, b=2, c=3)
except TypeError as e:
    print("TypeError:", e)
x = 10
def outer():
    x = 1
    def inner():
        nonlocal x
        x += 1
        return x
    return inner
f = outer()
print(f(), f(), x)
print([(a, b) for a in range(3) for b in range(a)], {k: v for k, v in zip("ab", (1, 2))})
print(sorted({3: "c", 1: "a", 2: "b"}.items()), list(reversed([1, 2, 3])), list(range(10)[2:8:2]))
print("%s is %d years and %.1f%%" % ("Ann", 30, 99.5), "%(x)s-%(y)s" % {"x": 1, "y": 2})
print(f"{'left':<10}|{'right':>10}|{'mid':^10}|", f"{123456789:,}", f"{0.000123:.2e}", f"{255:08b}")
s = "  The Quick Brown Fox  "
print(s.strip().lower().split(), s.count("o"), s.strip().title(), s.replace(" ", ""), "fox" in s.lower())
print("a,b,,c".split(","), "a b  c".split(), "x=1;y=2".partition(";"), "abc".center(9, "*"), "42".zfill(5))
print(ord("€"), chr(8364), "naïve".upper(), len("héllo"), "ß".upper(), "straße".casefold())
matrix = [[1, 2, 3], [4, 5, 6]]
transposed = list(map(list, zip(*matrix)))
print(transposed, [sum(r) for r in matrix], max(max(r) for r in matrix))
print(divmod(-7, 2), -7 // 2, -7 % 2, 7.5 // 2, 7.5 % 2, round(-2.5), round(2.675, 2), int("-0"), 0.1 * 3)
print(2 ** 64, -2 ** 64, (2 ** 64) // 3, 10 ** 30 % 7, hex(2 ** 70), 1 << 65, (1 << 65) >> 3, ~(2 ** 70))
print(abs(-2 ** 80), pow(2, 100, 97), 12345678901234567890 * 98765432109876543210)
print(float(2 ** 60), int(1e20), int(-1.5e16), 1e300 * 1e10, -1e300 * 1e10, float("-inf") < 0)
class Base:
    count = 0
    def __init__(self):
        Base.count += 1
        self.id = Base.count
    def __repr__(self):
        return f"{type(self).__name__}#{self.id}"
class Child(Base):
    def __init__(self, tag):
        super().__init__()
        self.tag = tag
    def __lt__(self, other):
        return self.tag < other.tag
items = [Child("b"), Child("a"), Base()]
print(items, sorted(items[:2]), Base.count, Child.count, isinstance(items[0], Base), Child.__mro__)
print(hasattr(items[0], "tag"), getattr(items[2], "tag", "none"), vars(items[0]))
try:
    raise KeyError("missing") from ValueError("root")
except KeyError as e:
    print(repr(e), repr(e.__cause__), e.args)
def deco(prefix):
    def wrap(fn):
        def inner(*a, **k):
            return prefix + str(fn(*a, **k))
        return inner
    return wrap
@deco(">> ")
def add(a, b=1):
    return a + b
print(add(1), add(1, b=5), add.__name__)
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"))
print(all([]), any([]), sum([], 10), min([3, 1, 2], key=lambda v: -v), max("abc", key=ord))
print(list(enumerate(["x", "y"], start=1)), dict(a=1, b=2), list({1: 2, 3: 4}), tuple("hi"))
a = [5, 3, 1]
a.sort(key=lambda v: v % 3)
print(a, sorted("bAc", key=str.lower), sorted([(1, "b"), (1, "a"), (0, "z")]))
print(isinstance(1, (str, int)), issubclass(bool, int), type(None).__name__, type(type).__name__)
print(str(1.0), str(10.0 ** 16), str(1e-5), repr(1e22), 1.0 == 1, hash(1.5) == hash(1.5))
print(sys.maxsize, floor(-2.5), sqrt(16))
