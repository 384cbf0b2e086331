# Functions with positional parameters and **kwargs called positionally: defaults filled in order, a
# fresh empty dict each call (a mutation does not leak into the next call), and the binding errors.
def f(a, b=2, c=3, **opts):
    opts.setdefault("calls", 0)
    opts["calls"] += 1
    return a, b, c, opts

print(f(1), f(1, 20), f(1, 20, 30), f(1, c=9), f(1, x=5))
print(f(*[7, 8]), f(*range(3)))

def g(**kw):
    kw["n"] = len(kw)
    return kw

print(g(), g(), g(a=1))

class C:
    def m(self, x, **kw):
        return (x, sorted(kw))
    @staticmethod
    def s(x, y=0, **kw):
        return x + y, kw

c = C()
print(c.m(1), c.m(2, z=3), C.s(4), C.s(4, 5), list(map(C.s, [1, 2])))
for bad in (lambda: f(), lambda: f(1, 2, 3, 4), lambda: g(1)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
total = 0
for i in range(10000):
    total += f(i, i)[1]
print(total)
