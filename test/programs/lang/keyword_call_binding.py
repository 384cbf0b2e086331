# Calls with keyword arguments (the call site's names bound without maps when nothing is wrong, the
# generic binder for everything else): defaults, keyword-only, *args, methods, and every error message.
def f(a, b=2, *, c=3):
    return a + b * 10 + c * 100
def g(a, /, b, *args, d, e=5):
    return (a, b, args, d, e)
def h(x, **kw):
    return x, sorted(kw.items())
class C:
    def m(self, p, q=7, *, r=1):
        return p * q + r
    @staticmethod
    def s(u, v=0):
        return u - v
    @classmethod
    def k(cls, w=4):
        return cls.__name__, w
c = C()
print(f(1, c=4), f(1, b=5), f(a=2), f(b=1, a=3, c=0), f(1, 2, c=9))
print(g(1, 2, d=3), g(1, b=2, d=4), g(1, 2, 3, 4, d=5, e=6))
print(h(1, y=2, z=3), h(x=5))
print(c.m(2, r=5), c.m(p=3), c.m(2, q=3, r=0), C.s(u=5, v=2), C.s(9, v=1), c.k(w=8), C.k())
d = {'c': 6}
print(f(1, **d), f(1, b=3, **d))
total = 0
for i in range(5000):
    total += f(i, c=1) + c.m(i, r=2)
print(total)
tests = [
    lambda: f(1, a=2),
    lambda: f(1, d=2),
    lambda: f(b=2),
    lambda: f(1, 2, 3),
    lambda: g(a=1, b=2, d=3),
    lambda: g(1, 2),
    lambda: g(1, 2, d=3, b=4),
    lambda: c.m(q=2),
    lambda: c.m(1, p=2),
    lambda: C.s(v=1),
    lambda: f(1, c=2, **{'c': 3}),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print('TypeError:', e)
