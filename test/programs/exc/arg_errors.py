# TypeError messages for wrong argument counts and keywords
def f(a):
    return a
def g(a, b):
    return a + b
def h(a, b=1, *, c):
    return a
def k(*, only):
    return only
class C:
    def m(self, x):
        return x
def show(fn):
    try:
        fn()
    except TypeError as e:
        print("TypeError:", e)
show(lambda: f(1, 2))
show(lambda: f())
show(lambda: g(1))
show(lambda: g())
show(lambda: g(1, 2, 3))
show(lambda: f(1, a=2))
show(lambda: f(b=2))
show(lambda: h(1))
show(lambda: h(1, 2, 3))
show(lambda: k(1))
show(lambda: C().m())
show(lambda: C().m(1, 2))
show(lambda: C.m(C()))
show(lambda: (lambda x: x)())
show(lambda: len())
show(lambda: len(1, 2))
show(lambda: abs(1, 2))
show(lambda: int("1", 2, 3))
show(lambda: C(1))
class D:
    def __init__(self, a, b):
        pass
show(lambda: D(1))
show(lambda: f(**{"a": 1, "z": 2}))
