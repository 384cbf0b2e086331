# exceptions raised and caught in loops: builtin classes called with one argument, user subclasses,
# the implicit __context__ of a raise inside and outside an except clause, and the values they carry
class AppError(ValueError):
    def __init__(self, msg, code=0):
        super().__init__(msg)
        self.code = code

class Quiet(Exception):
    pass

def check(x):
    if x % 3 == 0:
        raise ValueError("bad amount")
    if x % 5 == 0:
        raise KeyError(x)
    if x % 7 == 0:
        raise AppError("app", code=x)
    if x % 11 == 0:
        raise Quiet
    return x

counts = {}
last = {}
for i in range(200):
    try:
        check(i)
    except (ValueError, KeyError, Quiet) as e:
        name = type(e).__name__
        counts[name] = counts.get(name, 0) + 1
        last[name] = (e.args, str(e), repr(e), e.__context__, e.__cause__)
        if isinstance(e, AppError):
            last[name] += (e.code,)
print(sorted(counts.items()))
for k in sorted(last):
    print(k, last[k])

# a raise inside an except clause chains the handled exception as __context__
for i in range(3):
    try:
        try:
            raise TypeError("inner %d" % i)
        except TypeError:
            raise RuntimeError("outer")
    except RuntimeError as e:
        print(repr(e), repr(e.__context__), e.__suppress_context__)
    try:
        try:
            raise TypeError("inner")
        except TypeError as t:
            raise RuntimeError("from") from t
    except RuntimeError as e:
        print(repr(e.__cause__), e.__suppress_context__)

# builtin exception classes called the usual ways
for e in [ValueError("x"), ValueError(), ValueError(1, 2), KeyError("k"), IndexError(3), OSError(2, "No such file"),
          StopIteration(5), SystemExit(3), ZeroDivisionError("z"), UnicodeError("u"), Warning("w")]:
    print(type(e).__name__, e.args, repr(str(e)))
print(StopIteration(5).value, SystemExit(3).code, OSError(2, "No such file").errno)

# many raises with no handler active: no stale context leaks into them
errs = []
for i in range(5):
    try:
        raise ValueError(i)
    except ValueError as e:
        errs.append(e)
print([e.__context__ for e in errs], [e.args for e in errs])
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
try:
    raise ValueError from 3
except TypeError as e:
    print("TypeError:", e)
