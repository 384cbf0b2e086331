# __exit__ runs with the body's exception being handled, at the `with` line: an exception it raises has
# the body's as __context__ ("During handling of the above exception…"), sys.exc_info() inside sees it,
# and the traceback of the new exception points at the `with` statement.
import sys
import traceback


def show():
    for line in traceback.format_exc().splitlines():
        print(line.replace(__file__, "FILE"))


class Resource:
    def __init__(self, fail):
        self.fail = fail

    def __enter__(self):
        return self

    def __exit__(self, typ, exc, tb):
        print("exit sees", repr(sys.exc_info()[1]))
        if self.fail:
            raise OSError("cleanup failed")
        return False


def work(fail):
    with Resource(fail):
        raise KeyError("original")


for fail in (True, False):
    try:
        work(fail)
    except (OSError, KeyError) as e:
        print(type(e).__name__, repr(e.__context__))
        show()
print(repr(sys.exc_info()[1]))
