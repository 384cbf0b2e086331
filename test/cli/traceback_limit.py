# sys.tracebacklimit = n: CPython's printer of an uncaught exception shows the innermost n frames.
import sys

sys.tracebacklimit = 2


def f():
    g()


def g():
    h()


def h():
    raise ValueError("x")


f()
