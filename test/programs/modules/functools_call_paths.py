from functools import lru_cache, partial, cache, wraps
import operator
@lru_cache(maxsize=2)
def f(x, y=1): return x * 10 + y
print(f(1), f(1), f(2), f(1, 2), f(1, y=2), f(x=1), f.cache_info())
@lru_cache(typed=True)
def g(x): return type(x).__name__
print(g(1), g(1.0), g(True), g.cache_info())
@cache
def h(*a, **k): return (a, sorted(k.items()))
print(h(), h(1, 2), h(1, b=2), h.cache_info())
try:
    f([1])
except TypeError as e:
    print(e)
p = partial(operator.sub, 10)
q = partial(print, sep='-')
r = partial(q, 1, 2)
print(p(3), p(b=3) if False else p(4))
q(1, 2, 3)
r(3, sep='+')
print(repr(partial(max, 1, key=abs)))
def deco(fn):
    @wraps(fn)
    def w(*args, **kw):
        return fn(*args, **kw)
    return w
@deco
def add(a, b=2, *rest, c=3): return (a, b, rest, c)
print(add(1), add(1, 5, 6, 7), add(1, c=9), add.__name__)
try:
    add()
except TypeError as e:
    print(e)
