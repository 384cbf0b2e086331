# throw() into a generator that has not started: the traceback has the generator's frame at its `def`
# (its first decorator's line), as CPython shows it; once started, the line of the suspended yield
import traceback


def deco(f):
    return f


def show():
    print(traceback.format_exc().replace(__file__, "F"), end="")


def plain():
    yield 1


@deco
def decorated(n):
    yield n


for make in (plain, lambda: decorated(2)):
    g = make()
    try:
        g.throw(KeyError("k"))
    except KeyError:
        show()
g = decorated(3)
next(g)
try:
    g.throw(ValueError("v"))
except ValueError:
    show()
try:
    next(g)
except StopIteration:
    print("finished")
