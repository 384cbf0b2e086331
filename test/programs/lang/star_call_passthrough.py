# a decorator's wrapper passing its arguments on: func(*args, **kwargs) with and without keywords,
# defaults, varargs, methods, builtins, and the errors of bad * / ** values
import functools
def deco(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapper
@deco
def add(a, b=10, *rest, c=3, **kw):
    return (a, b, rest, c, kw)
print(add(1), add(1, 2), add(1, 2, 3, 4), add(1, c=5), add(1, z=9), add(a=4))
@deco
def none():
    return "none"
print(none())
class C:
    @deco
    def m(self, x):
        return x * 2
print(C().m(21))
def w2(*args, **kwargs):
    return max(*args, **kwargs)
print(w2(3, 9, 4), w2([1, 5, 2], key=lambda v: -v))
def bad(*args, **kwargs):
    return add(*args, **kwargs)
try:
    bad()
except TypeError as e:
    print(e)
try:
    add(1, 2, a=3)
except TypeError as e:
    print(e)
def ns(*a, **k):
    k = 5
    return add(*a, **k)
try:
    ns(1)
except TypeError as e:
    print(e)
def nt(*a, **k):
    a = 7
    return add(*a, **k)
try:
    nt(1)
except TypeError as e:
    print(e)
print(deco(print)("x", "y", sep="-"))
print(deco(int)("ff", 16), deco(dict)(a=1), deco(list)((1, 2)))
