# An exception leaving a @contextmanager's with-block keeps the traceback it had: the generator frame the
# exception was thrown into is not added (contextlib puts the original traceback back), and assigning
# __traceback__ or calling with_traceback() replaces an exception's frames with a traceback's chain.
import traceback
from contextlib import contextmanager


def show():
    for line in traceback.format_exc().splitlines():
        print(line.replace(__file__, "FILE"))


@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name
    finally:
        print(f"</{name}>")


def leaf():
    raise ValueError("from leaf")


try:
    with tag("a"):
        raise TypeError("in body")
except TypeError:
    show()

try:
    with tag("b"):
        with tag("c"):
            leaf()
except ValueError:
    show()

try:
    leaf()
except ValueError as e:
    saved = e.__traceback__

try:
    try:
        raise KeyError("k")
    except KeyError as e:
        e.__traceback__ = saved
        raise
except KeyError:
    show()

try:
    err = RuntimeError("r").with_traceback(saved)
    raise err
except RuntimeError:
    show()

err = ValueError("cleared")
err.__traceback__ = None
print(err.__traceback__)
try:
    err.__traceback__ = 5
except TypeError as e:
    print(e)
