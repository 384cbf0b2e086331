# An object that is not a context manager fails at its with statement, which CPython 3.11 never marks
# (not the call that made the object).
import traceback


def show():
    print(traceback.format_exc().replace(__file__, "F"))


class CM:
    def __enter__(self):
        return self


def make():
    return CM()


try:
    with CM(): pass
except TypeError:
    show()
try:
    with open(__file__) as f, make() as g: pass
except TypeError:
    show()
try:
    with make():
        pass
except TypeError:
    show()
try:
    with 5 as x: pass
except TypeError:
    show()
