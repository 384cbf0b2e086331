import functools
from functools import reduce, partial, lru_cache, cache, wraps, total_ordering, cmp_to_key, cached_property, singledispatch
import operator

print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10), reduce(operator.add, [], 0), reduce(max, [3]))
try:
    reduce(operator.add, [])
except TypeError as e:
    print('TypeError', e)

def power(base, exp, mod=None):
    return pow(base, exp, mod)

sq = partial(power, exp=2)
cube = partial(power, 3)
print(sq(5), cube(2), cube(2, 5), sq.func is power, sq.args, sq.keywords, cube.args)
print(repr(partial(power, 1, mod=3))[:30])
p2 = partial(partial(power, 2), 10)
print(p2(), p2.args)
basetwo = partial(int, base=2)
print(basetwo('10010'), list(map(partial(operator.mul, 3), [1, 2, 3])))
try:
    partial(5)
except TypeError as e:
    print('TypeError', e)

calls = []
@lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(30), len(calls), fib.cache_info())
fib.cache_clear()
print(fib.cache_info(), fib.__name__)

@lru_cache
def sq_(x):
    return x * x
print(sq_(3), sq_(3), sq_(4), sq_.cache_info(), sq_.cache_info().hits)

@lru_cache(maxsize=2)
def ident(x):
    calls.append(x)
    return x
calls.clear()
for v in [1, 2, 1, 3, 2, 1]:
    ident(v)
print(calls, ident.cache_info())

@cache
def grid(r, c):
    if r == 0 or c == 0:
        return 1
    return grid(r - 1, c) + grid(r, c - 1)
print(grid(16, 16), grid.cache_info().currsize)

@lru_cache(maxsize=32, typed=True)
def typed(x):
    return type(x).__name__
print(typed(1), typed(1.0), typed.cache_info().misses)

class Obj:
    @lru_cache(maxsize=None)
    def double(self, x):
        return 2 * x
o = Obj()
print(o.double(4), o.double(4))

def deco(f):
    @wraps(f)
    def inner(*a, **k):
        """inner doc"""
        return f(*a, **k) + 1
    return inner

@deco
def add(a, b):
    """Add two numbers."""
    return a + b
print(add(1, 2), add.__name__, add.__doc__, add.__wrapped__(1, 2))

@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts

a, b = Version(1, 2), Version(1, 10)
print(a < b, a > b, a <= b, a >= b, a <= Version(1, 2), max(a, b).parts, sorted([b, a])[0].parts)
try:
    @total_ordering
    class Bad:
        pass
except ValueError as e:
    print('ValueError', e)

def cmp(x, y):
    return (x > y) - (x < y)
print(sorted([5, 2, 9, 1], key=cmp_to_key(cmp)), sorted(['bb', 'a', 'ccc'], key=cmp_to_key(lambda x, y: len(y) - len(x))))

class Circle:
    def __init__(self, r):
        self.r = r
        self.computed = 0
    @cached_property
    def area(self):
        self.computed += 1
        return 3 * self.r * self.r

c = Circle(2)
print(c.area, c.area, c.computed)
del c.area
print(c.area, c.computed)

@singledispatch
def show(x):
    return 'object ' + repr(x)

@show.register(int)
def _(x):
    return 'int ' + str(x)

@show.register(list)
def _(x):
    return 'list of ' + str(len(x))

print(show(1), show([1, 2]), show('s'), show(True))
