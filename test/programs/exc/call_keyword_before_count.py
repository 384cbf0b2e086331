# Binding a call to a Python function reports a bad keyword (unknown, or also given by position) before
# too many positional arguments, as CPython's frame setup checks keywords first.
def f(a):
    pass


def g(a, *, b):
    pass


def h(a, b=1):
    pass


class C:
    def m(self, a):
        pass


calls = [
    lambda: f(1, 2, c=3),
    lambda: f(1, 2, a=3),
    lambda: g(1, 2, c=3),
    lambda: g(1, 2),
    lambda: g(1, 2, b=3),
    lambda: h(1, 2, 3, d=4),
    lambda: h(1, 2, b=3),
    lambda: C().m(1, 2, z=1),
    lambda: f(*[1, 2], **{"q": 1}),
    lambda: f(),
    lambda: h(),
]
for call in calls:
    try:
        call()
    except TypeError as e:
        print(e)
