# the builtin exception hierarchy
cases = [
    (lambda: {}["k"], LookupError),
    (lambda: [][0], LookupError),
    (lambda: 1 / 0, ArithmeticError),
    (lambda: int("x"), ValueError),
    (lambda: undefined_name, NameError),
    (lambda: None.attr, AttributeError),
    (lambda: 1 + "", TypeError),
    (lambda: open("/no/such/file/anywhere"), OSError),
    (lambda: next(iter([])), StopIteration),
    (lambda: float("inf") // 0, ZeroDivisionError),
    (lambda: 2.0 ** 10000, OverflowError),
    (lambda: "é".encode("ascii"), UnicodeError),
    (lambda: [].pop(), IndexError),
    (lambda: {}.popitem(), KeyError),
]
for fn, base in cases:
    try:
        fn()
    except base as e:
        print(base.__name__, "caught", type(e).__name__)
print(KeyError.__mro__[1].__name__, [c.__name__ for c in ZeroDivisionError.__mro__])
print(issubclass(UnicodeDecodeError, ValueError), issubclass(FileNotFoundError, OSError), issubclass(RecursionError, RuntimeError))
print(issubclass(KeyboardInterrupt, Exception), issubclass(KeyboardInterrupt, BaseException), issubclass(SystemExit, Exception))
print(issubclass(NotImplementedError, RuntimeError), issubclass(IndentationError, SyntaxError), issubclass(ModuleNotFoundError, ImportError))
print(issubclass(UnboundLocalError, NameError), issubclass(IOError, OSError), IOError is OSError, EnvironmentError is OSError)
try:
    raise SystemExit(3)
except Exception:
    print("not here")
except BaseException as e:
    print("SystemExit is BaseException", e.code)
class MyLookup(KeyError):
    pass
try:
    raise MyLookup("mine")
except LookupError as e:
    print("caught", type(e).__name__, repr(e), str(e))
try:
    try:
        raise ValueError("inner")
    except (KeyError, IndexError):
        print("wrong handler")
except (TypeError, ValueError) as e:
    print("tuple handler got", repr(e))
e = ValueError("a", "b")
print(e.args, str(e), str(ValueError()), repr(ValueError()), str(ValueError(5)))
