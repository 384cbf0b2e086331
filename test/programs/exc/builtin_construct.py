# calling builtin exception classes: args, repr, str and the subclass-specific attributes
for T in (ValueError, KeyError, OSError, StopIteration, SystemExit, Exception, BaseException, UnicodeError, ImportError, NameError, AttributeError):
    e = T("a", 2)
    print(type(e).__name__, e.args, repr(e), str(e))
    print(repr(T()), T().args)
print(repr(KeyError("k")), str(KeyError("k")))
print(OSError(2, "No such file").errno, StopIteration(5).value, SystemExit(3).code)
class E(ValueError): pass
print(repr(E("x")), E("x").args)
try:
    raise ValueError("bad")
except ValueError as e:
    print(e.args, e.__traceback__ is not None)
