# A finally body run by an exception passing through it handles that exception as an except clause
# would: sys.exc_info() sees it there, and one raised in the finally body has it as __context__.
import sys
import traceback


def f():
    try:
        raise ValueError("body")
    finally:
        print("in finally:", repr(sys.exc_info()[1]))


try:
    f()
except ValueError as e:
    print("caught", e, e.__context__)
print(sys.exc_info())


def g():
    try:
        return 1
    finally:
        print("normal finally:", sys.exc_info())


print(g())


def h():
    for i in range(3):
        try:
            if i == 1:
                raise KeyError(i)
        finally:
            if i == 1:
                print("swallowing", repr(sys.exc_info()[1]))
                continue
    print("after loop", sys.exc_info())


h()


def k():
    try:
        try:
            1 / 0
        finally:
            raise TypeError("t")
    except TypeError as e:
        print(repr(e), repr(e.__context__))
        print(traceback.format_exc().replace(__file__, "FILE"))


k()


def gen():
    try:
        yield 1
        raise ValueError("g")
    finally:
        print("gen finally", repr(sys.exc_info()[1]))
        yield 2


it = gen()
print(next(it))
print(next(it))
print("outside", sys.exc_info())
try:
    next(it)
except ValueError as e:
    print("got", e)


def nested():
    try:
        try:
            raise KeyError("a")
        finally:
            print("inner finally", repr(sys.exc_info()[1]))
    finally:
        print("outer finally", repr(sys.exc_info()[1]))


try:
    nested()
except KeyError:
    pass


def cleanup():
    raise OSError("cleanup failed")


def work():
    try:
        return [][1]
    finally:
        cleanup()


work()
