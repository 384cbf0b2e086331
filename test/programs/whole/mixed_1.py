# a whole program mixing many language features (recorded from python3)
import math, sys

class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])
    def __matmul__(self, other):
        n, m = self.shape
        m2, p = other.shape
        assert m == m2, "shape mismatch"
        return Matrix([[sum(self.rows[i][k] * other.rows[k][j] for k in range(m)) for j in range(p)] for i in range(n)])
    def __repr__(self):
        return "Matrix(" + repr(self.rows) + ")"
    def __eq__(self, o):
        return isinstance(o, Matrix) and self.rows == o.rows
    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])
    @staticmethod
    def zeros(n, m):
        return Matrix([[0] * m for _ in range(n)])

a = Matrix([[1, 2], [3, 4]])
print(a @ Matrix.identity(2) == a, a @ a, a.shape, Matrix.zeros(2, 3))
d = {"b": 2, "a": 1, "c": 3}
print(max(d, key=d.get), min(d.items(), key=lambda kv: kv[1]), sorted(d, reverse=True))
print(list(zip(*[(1, 'a'), (2, 'b')])), dict(zip("abc", range(3))), list(enumerate("xy", 10)))
print([round(math.sin(x / 10), 4) for x in range(5)], math.factorial(20), math.gcd(12, 18))
print(f"{3.14159:>10.3f}|{'hi'!r:^8}|{42:#x}|{1e6:,.0f}|{0.25:.1%}|{-7:+d}")
print("%5.2f %-5s %03d %x %e" % (3.14159, "ab", 7, 255, 12345.678))
print("{:<6}|{:^6}|{:>6}".format("a", "b", "c"), "{0:{1}}".format(5, 4), "{x.real}".format(x=3+4j))
s = "Hello, World"
print(s.lower().count("l"), s.find("World"), s[::-1], s.split(", "), "-".join(reversed(s.split(", "))))
print(sorted("banana"), set("banana") == {"a", "b", "n"}, list(map(int, "1 2 3".split())))
def gen(n):
    for i in range(n):
        if i % 2:
            yield i * i
print(list(gen(10)), sum(gen(10)), any(x > 50 for x in gen(10)), all(gen(3)))
try:
    {}["x"]
except KeyError as e:
    print("KeyError", e, repr(e))
try:
    int("abc")
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
finally:
    print("finally")
x = [1, 2, 3]
x[1:2] = [7, 8, 9]
del x[0]
print(x, x.index(8), x[-1], x[:-1], 2 in x, [i for i in range(20) if i % 3 == 0][::2])
print(1 / 3, 2 / 3, 10 / 4, 7 // 2, -7 // 2, 7 % 3, -7 % 3, 2 ** 10, 2 ** -1, 1e16, 1.5e-7, 0.1 + 0.2)
print(float("inf"), -float("inf"), float("nan"), 1e308 * 10, round(2.5), round(3.5), round(0.125, 2))
print(int(3.99), int(-3.99), abs(-2.5), divmod(17, 5), divmod(-17.5, 5), pow(3, 4, 5), 10 ** 20)
print(isinstance(True, int), type(1.0).__name__, type(1).__name__, 1 == 1.0, hash(1) == hash(1.0))
print(sys.version_info[:2] >= (3, 0), len(sys.argv))
values = [3.5, 1.25, 2.0, -0.5]
print(sum(values), max(values), sorted(values), [v * 2 for v in values], sum(values) / len(values))
print(str(2.0), repr(0.1), 1.0 * 3, 3 * 1.0, 2.0 ** 0.5, 9 ** 0.5, 4.0 // 3, 4.5 % 2, -0.0, 0.0 == -0.0)
