# ndpy's standard library modules (many C in CPython) add no frames to a printed traceback, and
# dataclasses' generated methods show CPython's "<string>" lines
import functools
import traceback
from collections import deque
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class P:
    x: object

    def __post_init__(self):
        if self.x == 0:
            raise ValueError("zero")


def total(xs):
    return functools.reduce(lambda a, b: a + b, xs)


def attempt(f, *args):
    try:
        f(*args)
    except Exception:
        traceback.print_exc()


print(total([1, 2, 3]))
attempt(deque().popleft)
attempt(P, 0)
attempt(lambda: P(1) < P("a"))
attempt(lambda: setattr(P(1), "x", 2))
print(total([1, "a"]))
