# sys.exc_info() gives the traceback object; traceback.format_exc() (Python-level, 3.11) adds no
# "Did you mean" hint, which only the uncaught-exception printer appends
import sys
import traceback


def inner():
    return [1, 2].appendd(3)


try:
    inner()
except AttributeError:
    etype, value, tb = sys.exc_info()
    print(etype.__name__, value, tb is not None)
    print([(f.name, f.lineno, f.line) for f in traceback.extract_tb(tb)])
    print(traceback.format_exc().splitlines()[-1])
    print(traceback.format_exception_only(etype, value))
print(sys.exc_info())
