# functools.lru_cache / cache called with one or two positional arguments (the native fast entries) and
# otherwise (the Python body): keys, hit/miss counts, LRU order, clearing, methods, errors, recursion depth
import sys
from functools import lru_cache, cache

calls = []

@lru_cache(maxsize=3)
def sq(x):
    calls.append(x)
    return None if x == 0 else x * x

for v in (1, 2, 3, 1, 4, 2, 0, 0, 3, 1):
    sq(v)
print(calls, sq.cache_info())
sq.cache_clear()
print(sq.cache_info(), sq(5), sq.cache_info())

@cache
def key_kinds(x):
    calls.append(('k', x))
    return repr(x)

calls.clear()
for v in (1, True, 1.0, 1, "a", "a", (1,), 2 ** 70, 2 ** 70, -0.0, 0):
    key_kinds(v)
print(calls, key_kinds.cache_info())

@lru_cache(maxsize=None)
def pair(a, b):
    calls.append((a, b))
    return a - b

calls.clear()
print(pair(3, 1), pair(3, 1), pair(1, 3), pair(3, b=1), pair(a=3, b=1), pair(3, 1))
print(calls, pair.cache_info())

@lru_cache(maxsize=0)
def nocache(x):
    calls.append(('n', x))
    return x

calls.clear()
nocache(1); nocache(1)
print(calls, nocache.cache_info())

@lru_cache(typed=True)
def typed(x):
    calls.append(('t', x))
    return x

calls.clear()
typed(1); typed(1.0); typed(1); typed(True)
print(calls, typed.cache_info())

@cache
def boom(x):
    calls.append(('b', x))
    raise ValueError(x)

calls.clear()
for _ in range(2):
    try:
        boom(7)
    except ValueError as e:
        print("ValueError", e)
print(calls, boom.cache_info())
try:
    pair([1], 2)
except TypeError as e:
    print("TypeError", e)
try:
    sq({})
except TypeError as e:
    print("TypeError", e)

class Grid:
    def __init__(self, n):
        self.n = n
    @lru_cache(maxsize=None)
    def paths(self, r, c):
        if r == 0 or c == 0:
            return 1
        return self.paths(r - 1, c) + self.paths(r, c - 1)

g = Grid(3)
print(g.paths(10, 10), Grid.paths.cache_info().currsize)
print(sq.__name__, sq.__wrapped__.__name__, type(sq.cache_info()).__name__)

@cache
def grid(r, c):
    return 1 if r == 0 or c == 0 else grid(r - 1, c) + grid(r, c - 1)
print(grid(60, 60) % 1000003, grid.cache_info())

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(300) % 1000003)

last = None
@lru_cache(maxsize=None)
def down(n):
    global last
    last = n
    return 0 if not n else down(n - 1) + 1

try:
    down(5000)
except RecursionError as e:
    print("RecursionError", e, 5000 - last)
sys.setrecursionlimit(3000)
down.cache_clear()
print(down(1400), 1400 - last, down.cache_info())
