# str, dict, list, set, number and bytes methods as everyday code uses them
s = "Hello, World"
print(s.lower(), s.upper(), s.split(", "), s.find("o"), s.rfind("o"), s.count("l"))
print("-".join(["a", "b"]), " x ".strip(), "a,b".partition(","), "%s=%d" % ("a", 1))
print("{} {name} {0}".format if False else "{0} {1} {0}".format("a", "b"), "{name:>6}|".format(name="x"))
print("{:08.3f}".format(3.14159), "{!r}".format("q"), f"{'abc'!r:>8}")
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=len), sorted(words, key=lambda w: (-len(w), w)))
d = {}
for w in words:
    d[w] = d.get(w, 0) + 1
print(d, list(d.items())[:2], d.keys() - {"the"} == {"quick", "brown", "fox", "jumps", "over", "lazy", "dog"})
print(dict.fromkeys("ab", 0), dict(zip("ab", [1, 2])), {**d, "x": 1}["x"])
class Counter(dict):
    def __missing__(self, k):
        return 0
c = Counter()
c["a"] += 1
print(c, type(c).__name__, isinstance(c, dict))
class D(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        pass
dd = D(a=1)
print(dd, dd.get("a"))
l = [3, 1, 2]
l.sort(reverse=True)
print(l, l.index(1), l.pop(), l, l.count(3))
l.extend(range(3)); l.insert(0, "x"); l.remove("x")
print(l, l.copy() == l, l[::-1])
st = {1, 2, 3}
st.add(4); st.discard(10)
print(sorted(st), st & {1, 2}, st.issuperset([1]), frozenset([1]) | {2})
print(int("ff", 16), int(" 42 "), float("1e3"), complex("1+2j"), bool([]), int(2.9), int(-2.9))
print((255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "big"), (10).bit_length())
print("abc".encode(), b"abc".decode(), bytes([65, 66]), b"ab" + b"cd", b"x" * 3)
print(range(10)[2:5], range(0, 10, 2).index(4), list(range(5, 0, -2)), slice(1, 5).indices(3))
print(str(1.5), str([1, "a"]), repr("it's"), str(b"x"), "a\tb".expandtabs(4))
print(tuple([1, 2]).count(1), (1, 2, 3).index(2), tuple("ab"))
print("%-5s|%5.1f" % ("ab", 2.25), "Ab Cd".swapcase(), "hello world".title(), "ß".upper())
print(1.5.is_integer(), (0.5).as_integer_ratio(), float.fromhex("0x1.8p1"), (3.0).hex())
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    {}["k"]
except KeyError as e:
    print("KeyError:", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    int("x")
except ValueError as e:
    print(e)
try:
    "{0}{}".format(1, 2)
except ValueError as e:
    print(e)
print(" ".join(map(str, [1, 2])), ",".join(sorted({"b", "a"})))
print(max("abc"), min([3, 1]), sum([1.5, 2]), "abc"[::-1], "x" in "xyz")
print(list(reversed({"a": 1, "b": 2})), list(reversed(d.keys()))[:2])
print({1: 2} == {1: 2}, [1, 2] < [1, 3], (1, 2) == (1, 2), {1} < {1, 2})
print("a b".split(None), "a\nb\n".splitlines(), "   ".isspace(), "12".isdigit(), "x1".isalnum())
print(str.maketrans("ab", "xy"), "abc".translate(str.maketrans("ab", "xy")))
print(divmod(7, 2), abs(-3), round(2.5), pow(2, 10))
