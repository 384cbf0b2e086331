"""Warm-up program for the V8 code caches (scripts/build.mjs runs it through dist/launch.cjs, once per
set of node flags).

Whatever JavaScript a run compiles is saved in dist/cli.cjs.<flags hash>.cache, so later runs start
without compiling it. It should touch what typical small scripts use (common syntax, builtins, str/list/dict
methods, classes, exceptions, f-strings) and stay cheap; it needs no input and its output is discarded.
"""
import math
import sys


class Point:
    """A small class with dunder methods."""

    count = 0

    def __init__(self, x, y=0):
        self.x, self.y = x, y
        Point.count += 1

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"

    @property
    def norm(self):
        return math.sqrt(self.x ** 2 + self.y ** 2)

    @staticmethod
    def origin():
        return Point(0, 0)


class Named(Point):
    def __init__(self, name, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.name = name


def gen(n):
    for i in range(n):
        if i % 3 == 0:
            continue
        yield i * i


def kinds(*args, sep=", ", **kw):
    return sep.join(str(a) for a in args) + repr(sorted(kw.items()))


nums = [3, 1, 4, 1, 5, 9, 2, 6]
total = 0
i = 0
while i < len(nums):
    total += nums[i]
    i += 1
squares = {n: n * n for n in nums if n > 1}
evens = [n for n in nums if not n & 1]
uniq = set(nums) - {1}
pairs = list(zip(nums, reversed(nums)))
text = "Hello, World"
words = text.lower().replace(",", "").split()
d = {"a": 1, "b": [1, 2.5, None, True], "c": (1,)}
d.setdefault("e", []).append(3)
lam = lambda a, b=2: a * b
p = Named("p", 3, y=4) + Point.origin()
out = [
    total, squares, evens, sorted(uniq, reverse=True), pairs[:2], words, " ".join(words).title(),
    d.get("b"), list(d.keys()), lam(5), p, p.norm, p == Point(3, 4), list(gen(7)), kinds(1, "x", z=2),
    max(nums), min(nums, key=lambda n: -n), sum(nums) / len(nums), abs(-7), divmod(17, 5), 2 ** 64,
    round(math.pi, 3), int("42") + float("1.5"), hex(255), chr(65) + str(ord("a")), any(nums), all(nums),
    enumerate(words), isinstance(p, Point), hasattr(p, "name"), getattr(p, "x", None), type(p).__name__,
    text[1:5], text[::-1], text.startswith("He"), text.find("o"), "%s-%d" % ("a", 1), "{}:{}".format(1, 2),
    f"{total:>6}|{math.e:.3f}|{1234567:,}|{'s'!r}", nums.index(5), nums.count(1), [*nums[:2], *"ab"],
    tuple(range(3)), bytes([104, 105]).decode(), str(b"x"), 7 // 2, -7 % 3, 1 < 2 <= 3 != 4, None is None,
    sys.argv[:1],
]
for x in out:
    print(x, end=" ")
print()

try:
    {}["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    raise ValueError("bad value")
except (TypeError, ValueError) as e:
    print(type(e).__name__, e.args)
finally:
    pass


def fail():
    return 1 / 0


try:
    fail()
except ZeroDivisionError:
    pass
with open(__file__) as f:
    first = f.readline()
assert first.startswith('"""'), first
