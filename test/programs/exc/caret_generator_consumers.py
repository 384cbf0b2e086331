# Markers for an exception a generator let out, in the frame that iterated it: the call it was given
# to, the targets an assignment unpacks it into, a for loop (never marked), a comprehension's own frame.
# A generator letting StopIteration out becomes "RuntimeError: generator raised StopIteration", marked
# at the same place (the generator's frame has ended by then).
import traceback


def show():
    print(traceback.format_exc().replace(__file__, "F"))


def gen():
    yield 1
    raise ValueError("v")


def gen5():
    raise StopIteration("x")
    yield


try:
    a, b = gen()
except ValueError:
    show()
try:
    [a, b] = gen()
except ValueError:
    show()
try:
    a, *b = gen()
except ValueError:
    show()
try:
    x = list(gen())
except ValueError:
    show()
try:
    for a in gen(): pass
except ValueError:
    show()
try:
    next(gen5())
except RuntimeError:
    show()
try:
    x = list(gen5())
except RuntimeError:
    show()
try:
    for v in gen5(): pass
except RuntimeError:
    show()
try:
    y = [v for v in gen5()]
except RuntimeError:
    show()
try:
    z = sum(gen5()) + 1
except RuntimeError:
    show()
try:
    a, b = gen5()
except RuntimeError:
    show()
try:
    print(next(gen5(), None))
except RuntimeError:
    show()
