# f.__code__: the signature and locals facts scripts read (decorators that count arguments, etc.)
import functools


def plain(a, b, c=3):
    total = a + b + c
    return total


def fancy(x, /, y, *args, z, w=2, **kw):
    inner = x
    return inner


@functools.lru_cache
def decorated(n):
    return n


def outer():
    def nested(p, q=1):
        r = p + q
        return r
    return nested


square = lambda v: v * v

for f in (plain, fancy, decorated.__wrapped__, outer(), square):
    c = f.__code__
    print(c.co_name, c.co_qualname, c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount,
          c.co_varnames, c.co_nlocals, c.co_firstlineno, c.co_filename.endswith("function_code_object.py"))
print(plain.__code__ is plain.__code__, type(plain.__code__).__name__)


def count_args(fn):
    n = fn.__code__.co_argcount
    names = fn.__code__.co_varnames[:n]
    @functools.wraps(fn)
    def wrapper(*args):
        print(f"{fn.__name__} takes {n}: {', '.join(names)}; got {len(args)}")
        return fn(*args)
    return wrapper


@count_args
def area(width, height):
    return width * height


print(area(3, 4))
