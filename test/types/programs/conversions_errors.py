# constructors through __index__/__int__/__float__, sorting user objects, CPython error messages
class N:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
    def __repr__(self): return f"N({self.v})"
class F:
    def __float__(self): return 2.5
    def __int__(self): return 7
class P:
    def __init__(self, x): self.x = x
    def __lt__(self, o): return self.x < o.x
    def __repr__(self): return f"P({self.x})"
    def __format__(self, spec): return "P<" + spec + ">"
    def __str__(self): return "strP"
print(int(N(3)), float(N(4)), int(F()), float(F()), complex(F()), list(range(N(3))), [1, 2, 3][N(1)], "abc"[N(2)])
print(range(N(1), N(5), N(2)), "ab".center(N(6), "*"), bytes(N(2)))
print(sorted([P(3), P(1), P(2)]), min(P(5), P(4)), "{:xyz} {}".format(P(1), P(2)), str(P(0)), "%s" % P(1))
try:
    sorted([1, "a"])
except TypeError as e:
    print(e)
try:
    [3, 1].sort(key=lambda x: 1 / 0)
except ZeroDivisionError as e:
    print("ZDE", e)
try:
    "abc".index("z")
except ValueError as e:
    print(e)
try:
    [1, 2].index(5)
except ValueError as e:
    print(e)
try:
    {1, 2}.remove(5)
except KeyError as e:
    print("KeyError", e)
try:
    int("1" * 5000)
except ValueError as e:
    print(str(e)[:60])
try:
    float("abc")
except ValueError as e:
    print(e)
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    ",".join([1, 2])
except TypeError as e:
    print(e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print(e)
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)
try:
    "x".encode("ascii"); "é".encode("ascii")
except UnicodeEncodeError as e:
    print(e)
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print(e)
print("{:>{w}.{p}f}".format(3.14159, w=10, p=2), "{0[a]}".format({"a": 5}), "{0.x}".format(P(9)))
print("{:,}".format(1234567), "{:_x}".format(255), "{:e}".format(12345.678), "{:%}".format(0.5))
print(str(), int(), float(), complex(), bool(), list(), tuple(), dict(), set(), frozenset(), bytes())
print(type(str.maketrans), str.upper("x"), list.__name__, dict.fromkeys(range(3)))
x = [5, 3, 8]
x.sort(key=lambda v: -v)
print(x, sorted("bca"), sorted({3: 1, 1: 2}), sorted([(1, "b"), (1, "a")]), sorted([3, 1], reverse=True))
m = {"a": 1}
m.update(b=2); m.update([("c", 3)]); m.update({"d": 4})
print(m, m.pop("a"), m.pop("zz", None), m.setdefault("e", []), m)
k = m.keys(); m["f"] = 6
print(k, len(k), "f" in k, m.values(), m.items())
s = set("hello")
print(len(s), "h" in s, s - set("lo") == {"h", "e"}, s ^ {"z"} == {"h", "e", "l", "o", "z"})
u = {1, 2}; u |= {3}; u &= {1, 3}; u -= {1}
print(u)
print("a".join("xyz"), "x".zfill(4), "-3".zfill(4), "abc".ljust(5, ".") + "|", "%.2e" % 12345.6789)
print("Hello World Foo".split(maxsplit=1), "a,b,c".rsplit(",", 1), "  x  ".lstrip(), "xxhixx".strip("x"))
print("CamelCaseString".swapcase(), "ǅ".lower(), "straße".casefold(), "ﬁ".upper(), "İ".lower().encode())
print(int(True), True + True, bool.__name__, isinstance(True, int), (True).bit_length(), True.real)
print(0.1 + 0.2, float("inf"), -float("inf"), float("nan"), 1e16, 1.0e-5, 123456789012345678.0)
print(complex(1, 2).conjugate(), (3 + 4j).real, abs(3 + 4j), complex("-j"), 1j * 1j)
print(str(b"a\x00"), bytes("é", "utf-8"), b"abc".hex(), bytes.fromhex("4142"), b"a b".split(), b"%d" % 5)
print(list(enumerate("ab")), list(zip([1, 2], "ab")), dict(enumerate("xy")))
