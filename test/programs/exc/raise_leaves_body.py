# a raise at the top level of a function body (outside loops, try and with) and what its traceback records
import traceback

def check(x):
    if x < 0:
        raise ValueError(f"negative: {x}")
    return x * 2

def middle(x):
    y = check(x)
    return y + 1

def outer(x):
    return middle(x) + middle(-x)

def frames(e):
    tb = e.__traceback__
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out

for v in (3, -2):
    try:
        print(outer(v))
    except ValueError as e:
        print("caught:", e, frames(e))

def chained(x):
    if x:
        raise KeyError(x) from ValueError("inner")
    raise RuntimeError

try:
    chained(5)
except KeyError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
try:
    chained(0)
except RuntimeError as e:
    print(repr(e), e.__cause__, frames(e))

saved = None
def keep():
    global saved
    try:
        {}["k"]
    except KeyError as e:
        saved = e
    raise saved

try:
    keep()
except KeyError as e:
    print("again:", repr(e), [n for n, _ in frames(e)])

def deep(n):
    if n == 0:
        raise IndexError("bottom")
    return deep(n - 1)

try:
    deep(30)
except IndexError as e:
    fr = frames(e)
    print(len(fr), fr[0], fr[-1])

class Box:
    def __init__(self, v):
        if not isinstance(v, int):
            raise TypeError(f"Box needs an int, not {type(v).__name__}")
        self.v = v
    def __next__(self):
        raise StopIteration
    def __iter__(self):
        return self

print(list(Box(1)))
try:
    Box("s")
except TypeError as e:
    print(e)

def rethrow(bare):
    try:
        int("x")
    except ValueError as e:
        if bare:
            raise
        raise e

for bare in (True, False):
    try:
        rethrow(bare)
    except ValueError as e:
        print("rethrow", bare, frames(e))

def g():
    raise ZeroDivisionError("top")

def f():
    g()

try:
    f()
except ZeroDivisionError:
    print(traceback.format_exc().replace(__file__, "FILE"))
f()
