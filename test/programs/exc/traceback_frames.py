# Traceback frames as an exception unwinds through functions: a finally body that runs (and raises and
# catches its own exception) while another unwinds, handlers that do not match, bare re-raise, with-blocks
# whose __exit__ handles an exception of its own, and a return cut short by its finally. (Every statement
# on the traceback is a whole line: CPython 3.11 underlines only part of a line with ^ markers.)
import traceback


def show():
    for line in traceback.format_exc().splitlines():
        print(line.replace(__file__, "FILE"))


def leaf():
    raise ValueError("x")


def helper():
    return 1


def finally_runs():
    try:
        leaf()
    finally:
        try:
            raise KeyError("inner")
        except KeyError:
            pass
        helper()


try:
    finally_runs()
except ValueError:
    show()


def no_match():
    try:
        leaf()
    except TypeError:
        pass


def reraise():
    try:
        no_match()
    except ValueError:
        raise


try:
    reraise()
except ValueError:
    show()


class Manager:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        try:
            raise IndexError("in exit")
        except IndexError:
            pass
        return False


def in_with():
    with Manager():
        leaf()


try:
    in_with()
except ValueError:
    show()

def returns_through_finally():
    try:
        leaf()
        return 1
    finally:
        made = ValueError("made, not raised")


try:
    returns_through_finally()
except ValueError:
    show()


def finally_raises():
    try:
        return 1
    finally:
        leaf()


try:
    finally_raises()
except ValueError:
    show()


def deep(n):
    if n == 0:
        leaf()
    deep(n - 1)


try:
    deep(3)
except ValueError:
    show()
