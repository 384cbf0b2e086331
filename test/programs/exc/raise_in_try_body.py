# raise statements directly in a try body (or only inside ifs there) reach the except clauses:
# matching, else/finally, chaining, tracebacks and line numbers stay as when the exception propagates
import sys, traceback

def check(x):
    try:
        if x < 0:
            raise ValueError(f"negative: {x}")
        elif x == 0:
            if True:
                raise ZeroDivisionError
        else:
            if x > 100:
                raise OverflowError("big") from KeyError("cause")
        y = 10 // x
    except ValueError as e:
        return f"ValueError {e} line {e.__traceback__.tb_lineno}"
    except ArithmeticError as e:
        return f"{type(e).__name__} {e!r} cause={e.__cause__!r} line {e.__traceback__.tb_lineno}"
    else:
        return f"ok {y}"
    finally:
        print("finally", x)

for v in (-3, 0, 5, 500):
    print(check(v))

def uncaught_kind(x):
    try:
        if x:
            raise KeyError("k")
        return "none"
    except IndexError:
        return "index"

try:
    uncaught_kind(1)
except KeyError as e:
    print("passed through:", repr(e), [f.lineno for f in traceback.extract_tb(e.__traceback__)])

def chained():
    try:
        {}["missing"]
    except KeyError:
        try:
            raise RuntimeError("while handling")
        except RuntimeError as e:
            return repr(e.__context__), e.__suppress_context__

print(chained())

def not_an_exception():
    try:
        raise 42
    except TypeError as e:
        return str(e)
print(not_an_exception())

def in_loop(n):
    out = []
    for i in range(n):
        try:
            if i % 3 == 0:
                raise ValueError(i)
            out.append(i)
        except ValueError as e:
            out.append(-e.args[0])
    return out
print(in_loop(10))

def handled_inside():
    try:
        try:
            raise LookupError("inner")
        except LookupError as e:
            print("inner caught", e, sys.exc_info()[0].__name__)
            raise TypeError("from handler")
    except TypeError as e:
        print("outer caught", e, repr(e.__context__))
handled_inside()

class Custom(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code
def custom():
    try:
        if True:
            raise Custom(7)
    except Custom as c:
        print("custom", c.code, c.args)
custom()

try:
    if True:
        raise ValueError("module level")
except ValueError as e:
    print("module", e)

def reraise():
    try:
        raise ValueError("again")
    except ValueError:
        raise
try:
    reraise()
except ValueError as e:
    print("re-raised", e, [f.lineno for f in traceback.extract_tb(e.__traceback__)])
