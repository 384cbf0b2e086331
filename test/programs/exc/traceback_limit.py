# The traceback module's `limit` (the first frames, or the last ones when negative; no heading when none
# is left), given by position or keyword and else read from sys.tracebacklimit (negative: none), applied
# to chained exceptions too; `chain=False`; and an exception whose __str__ fails.
import sys
import traceback


def f():
    g()


def g():
    h()


def h():
    raise ValueError("x")


def show(text):
    print(text.replace(__file__, "F"), end="")


class Out:
    def write(self, s):
        show(s)


out = Out()
try:
    f()
except ValueError as e:
    for lim in [None, 0, 1, 2, -1, -2, 10]:
        print("limit", lim)
        traceback.print_exc(limit=lim, file=out)
    show(traceback.format_exc(1))
    show("".join(traceback.format_exception(e, limit=1)))
    print(len(traceback.format_exception(type(e), e, e.__traceback__, -1)))
    traceback.print_exception(type(e), e, e.__traceback__, 1, out)
    try:
        raise KeyError("k") from e
    except KeyError:
        traceback.print_exc(limit=1, file=out)
        traceback.print_exc(limit=1, file=out, chain=False)
        show(traceback.format_exc(chain=False))
    sys.tracebacklimit = 1
    traceback.print_exc(file=out)
    sys.tracebacklimit = -3
    traceback.print_exc(file=out)
    sys.tracebacklimit = 0
    traceback.print_exc(file=out)
    del sys.tracebacklimit
    try:
        traceback.print_exc(limit="x")
    except TypeError as t:
        print(t)


class Weird(Exception):
    def __str__(self):
        raise RuntimeError("nope")


try:
    raise Weird()
except Weird as e:
    print(traceback.format_exception_only(type(e), e))
    traceback.print_exc(file=out)
