# functions taking exactly (*args, **kwargs), as decorators' wrappers do: positional calls,
# keyword calls, no arguments, the objects they receive, recursion through a wrapper
import functools

def trace(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, args, kwargs, type(args).__name__, type(kwargs).__name__)
        kwargs["seen"] = True
        return fn(*args, **{k: v for k, v in kwargs.items() if k != "seen"})
    return wrapper

@trace
def add(a, b=10, *, scale=1):
    return (a + b) * scale

print(add(1, 2), add(1), add(1, b=5), add(a=3, scale=2), add(*(4, 5)), add(*[6], **{"scale": 3}))

def collect(*args, **kwargs):
    return args, kwargs, len(args) == 0, len(kwargs)
print(collect(), collect(1), collect(1, 2, 3), collect(x=1), collect(1, y=2))
d = {}
r = collect(d)
print(r[0][0] is d)
k1 = collect()[1]
k2 = collect()[1]
k1["a"] = 1
print(k1, k2, k1 is k2)

def memo(fn):
    cache = {}
    def wrapper(*args, **kwargs):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    return wrapper

@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80))

class C:
    def method(*args, **kwargs):
        return len(args), sorted(kwargs)
print(C().method(1, z=2), C.method(), (lambda *a, **k: (a, k))(1, 2, q=3))
try:
    collect(1, 2, x=1, **{"x": 2})
except TypeError as e:
    print("TypeError:", e)
