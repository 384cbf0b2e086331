# lru_cache/cache wrappers are plain closures: a memoised recursion goes as deep as a plain one, methods bind as
# bound methods, and cache_info/cache_clear/cache_parameters and LRU eviction behave as in CPython
import sys
from functools import lru_cache, cache
sys.setrecursionlimit(20000)
@lru_cache(maxsize=None)
def count(n): return 1 if n < 2 else count(n - 1) + count(n - 2)
print(count(300) % 1000007, count.cache_info())
@cache
def steps(n): return 0 if n == 1 else 1 + steps(n // 2 if n % 2 == 0 else 3 * n + 1)
print(max(range(1, 3000), key=steps), steps.cache_info().currsize > 3000)
@lru_cache(maxsize=2)
def sq(x): return x * x
for v in [1, 2, 1, 3, 2, 1]: sq(v)
print(sq.cache_info(), sq.cache_parameters(), sq.__name__, sq.__wrapped__(9))
sq.cache_clear(); print(sq.cache_info())
@lru_cache(typed=True)
def ident(x): return type(x).__name__
print(ident(1), ident(1.0), ident(True), ident.cache_info())
@lru_cache
def kw(a, b=2): return a * b
print(kw(3), kw(3, b=2), kw(a=3, b=2), kw.cache_info())
class Grid:
    def __init__(self, w): self.w = w
    @lru_cache(maxsize=None)
    def paths(self, r, c):
        if r == 0 or c == 0: return 1
        return self.paths(r - 1, c) + self.paths(r, c - 1)
g = Grid(3)
print(g.paths(16, 16), Grid.paths.cache_info().misses, repr(g.paths).startswith("<bound method Grid.paths of"))
