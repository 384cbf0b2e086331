# BaseException's fields as CPython 3.11 stores them: __suppress_context__ is a bool member (only True
# or False, not deletable), __cause__/__context__ take None or an exception, and none may be deleted.
e = ValueError("v")
print(e.__suppress_context__)
e.__suppress_context__ = True
print(e.__suppress_context__)
for val in [0, "x", None]:
    try:
        e.__suppress_context__ = val
    except Exception as x:
        print(type(x).__name__, x)
for name in ["__suppress_context__", "__cause__", "__context__", "__traceback__", "args"]:
    try:
        delattr(e, name)
        print("deleted", name)
    except Exception as x:
        print(name, type(x).__name__, x)
for name in ["__cause__", "__context__"]:
    for bad in [5, KeyError]:
        try:
            setattr(e, name, bad)
        except Exception as x:
            print(name, type(x).__name__, x)
    setattr(e, name, KeyError("k"))
    print(name, repr(getattr(e, name)))
e.__cause__ = None
print(e.__cause__, e.__suppress_context__)

# a handler that hides the context of the exception it raises
import traceback
try:
    try:
        1 / 0
    except ZeroDivisionError:
        err = RuntimeError("x")
        err.__suppress_context__ = True
        raise err
except RuntimeError as x:
    print(repr(x.__context__), x.__suppress_context__)
    print(traceback.format_exc().replace(__file__, "FILE"))
