# next() resumes a bare `yield` expression with None; close() raises GeneratorExit at the paused yield
def countdown(n):
    while n > 0:
        got = yield n
        if got:
            n = got
        else:
            n -= 1
    return "done"


g = countdown(5)
print(next(g), g.send(3), next(g), list(g))


def echo():
    val = None
    while True:
        try:
            val = yield val
        except GeneratorExit:
            print("closing")
            raise


e = echo()
next(e)
print(e.send("hi"), next(e))
e.close()
e.close()


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as err:
    print(type(err).__name__, err)


def guarded():
    try:
        yield 1
    finally:
        print("finally ran")


fresh = guarded()
fresh.close()
print(list(fresh))


def outer():
    r = yield from guarded()
    print("never", r)


o = outer()
next(o)
o.close()
