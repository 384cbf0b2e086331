"""A short tour of what ndpy runs today: ordinary Python, compiled to JavaScript."""
import math
import sys


class Vector:
    """A tiny 2-D vector with operators."""

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __rmul__(self, k):
        return Vector(k * self.x, k * self.y)

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"


def primes(limit):
    """Yield the primes below limit (a generator)."""
    sieve = [True] * limit
    for n in range(2, limit):
        if sieve[n]:
            yield n
            for m in range(n * n, limit, n):
                sieve[m] = False


v = Vector(3, 4) + 2 * Vector(0.5, 1)
print("vector:", v, "length", round(abs(v), 3))
print("primes:", list(primes(40)))
print("2**100 =", 2**100, "| 7 // -2 =", 7 // -2, "| 0.1 + 0.2 =", 0.1 + 0.2)
words = "the quick brown fox jumps over the lazy dog the end".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print("top words:", ", ".join(f"{w}={n}" for w, n in top))
print(f"{'pi':>4} = {math.pi:.6f}, e = {math.e:.3e}, {1234567.891:,.2f}")
try:
    {}["missing"]
except KeyError as exc:
    print("caught", type(exc).__name__, exc)
print("python", sys.version_info[0], "semantics, running on ndpy")

# NumPy: the array, broadcasting, fancy indexing and reductions, printed as NumPy prints them
import numpy as np

grid = np.arange(12).reshape(3, 4)
print(grid)
print("column means:", grid.mean(axis=0), "| row sums:", grid.sum(axis=1))
x = np.linspace(0, 1, 5)
print("outer product via broadcasting:\n", x[:, None] * x[None, :3])
print("every other even number:", grid[grid % 2 == 0][::2], "| diagonal:", np.diag(grid))
records = np.array([("ann", 90, 12.5), ("bob", 85, 10.0)], dtype=[("name", "U8"), ("score", "i4"), ("time", "f8")])
print("sorted by time:", np.sort(records, order="time")["name"], repr(np.float64(1.5) * 2))
