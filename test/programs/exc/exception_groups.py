# ExceptionGroup / BaseExceptionGroup and try ... except* (PEP 654)
eg = ExceptionGroup("many", (ValueError(1), TypeError("t")))
print(repr(eg), str(eg), eg.message, eg.exceptions, eg.args)
print(repr(ExceptionGroup("one", [ValueError(1)])), str(ExceptionGroup("one", [ValueError(1)])))
print(type(BaseExceptionGroup("b", [ValueError(1)])).__name__)
bg = BaseExceptionGroup("b", [KeyboardInterrupt()])
print(type(bg).__name__, repr(bg), isinstance(bg, Exception), isinstance(eg, Exception))
print(issubclass(ExceptionGroup, BaseExceptionGroup), [c.__name__ for c in ExceptionGroup.__mro__])
for args in [(1, [ValueError()]), ("m", 5), ("m", []), ("m", [1]), ("m",), ("m", [KeyboardInterrupt()])]:
    try:
        ExceptionGroup(*args)
    except Exception as x:
        print(type(x).__name__, x)

# split, subgroup, derive
m, r = eg.split(ValueError)
print(repr(m), repr(r))
print(eg.split(lambda x: isinstance(x, TypeError)))
print(eg.split((KeyError, OSError)))
print(eg.subgroup(ValueError), eg.subgroup(OSError), eg.subgroup(ExceptionGroup) is eg)
nested = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
print(repr(nested.split(ValueError)))
print(repr(nested.subgroup(TypeError)))
print(repr(nested.derive([KeyError(5)])))
try:
    eg.split(5)
except TypeError as x:
    print(x)

class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message.upper(), excs)

mg = MyGroup("mine", [ValueError(1), TypeError(2)])
print(repr(mg.split(ValueError)))

# except*
def run(f):
    try:
        f()
    except BaseException as g:
        print("escaped:", type(g).__name__, repr(g))

def clauses():
    try:
        raise ExceptionGroup("g", [ValueError("v"), TypeError("t"), ValueError("w")])
    except* ValueError as ve:
        print("values", repr(ve), ve.exceptions)
    except* TypeError as te:
        print("types", repr(te))
    print("after")

def naked():
    try:
        raise ValueError("naked")
    except* ValueError as ve:
        print("naked caught", repr(ve), repr(ve.exceptions[0]))

def unmatched():
    try:
        raise TypeError("unmatched")
    except* ValueError:
        print("not here")

def partial():
    try:
        raise ExceptionGroup("g", [ValueError("v"), KeyError("k")])
    except* ValueError:
        print("handled v")

def new_single():
    try:
        raise ExceptionGroup("g", [ValueError("v")])
    except* ValueError:
        raise KeyError("new")

def new_with_rest():
    try:
        raise ExceptionGroup("g", [ValueError("v"), OSError("o")])
    except* ValueError:
        raise KeyError("new")

def bare_reraise():
    try:
        raise ExceptionGroup("g", [ValueError("v"), OSError("o")])
    except* ValueError:
        raise

def two_new():
    try:
        raise ExceptionGroup("g", [ValueError("v"), TypeError("t")])
    except* ValueError:
        raise KeyError("k1")
    except* TypeError:
        raise KeyError("k2")

def raise_match():
    try:
        raise ExceptionGroup("g", [ValueError("v"), TypeError("t")])
    except* ValueError as x:
        raise x

def naked_reraise():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise

def tuple_types():
    try:
        raise ExceptionGroup("g", [ValueError("v"), TypeError("t"), KeyError(3)])
    except* (ValueError, TypeError) as x:
        print("both", repr(x))

def context_of_new():
    try:
        try:
            raise ExceptionGroup("g", [ValueError("v")])
        except* ValueError:
            raise KeyError("ctx")
    except KeyError as k:
        print(repr(k), repr(k.__context__))

def catch_group_type():
    try:
        raise ExceptionGroup("g", [ValueError("v")])
    except* ExceptionGroup:
        pass

def else_finally():
    for exc in (None, ValueError("v")):
        try:
            if exc:
                raise exc
        except* ValueError:
            print("handled")
        else:
            print("else")
        finally:
            print("finally")

for f in (clauses, naked, unmatched, partial, new_single, new_with_rest, bare_reraise, two_new, raise_match,
          naked_reraise, tuple_types, context_of_new, catch_group_type, else_finally):
    print("--", f.__name__)
    run(f)

# notes
e = ValueError("bad")
e.add_note("first")
e.add_note("second")
print(e.__notes__, e.__dict__, hasattr(KeyError(1), "__notes__"))
for bad in (5, None):
    try:
        e.add_note(bad)
    except TypeError as x:
        print(x)
e.__notes__ = "str"
try:
    e.add_note("x")
except TypeError as x:
    print(x)
import traceback
g = TypeError("tt")
g.add_note("a note")
print(traceback.format_exception_only(type(g), g))
sub = ExceptionGroup("g", [ValueError(1)])
sub.add_note("group note")
print(sub.split(ValueError)[0].__notes__)
