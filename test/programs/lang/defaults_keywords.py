# Calls leaving parameters to their defaults and calls with keyword arguments: compiled functions fill
# their own defaults (FuncInfo.jsDefaults) and keyword calls go through a per-site cache
# (interp/keywordCalls.ts). Everything CPython shows, including every error, must stay the same.
import dataclasses


def f(a, b=2, c=[]):
    c.append(a)
    return a, b, len(c)


print(f(1), f(1, 5), f(a=3), f(4, c=[]), f(b=7, a=8), f(1))


def make(k):
    def g(x, y=k, z=k * 2):
        return x + y + z
    return g


g1, g2 = make(1), make(10)
for i in range(3):
    print(g1(i), g2(i), g1(i, z=0), g2(x=i, y=0), g1(i, 100), g2(i, y=1, z=1))

lam = lambda x, y=3: x * y
print(lam(2), lam(2, 4), lam(y=5, x=1), lam.__defaults__, f.__defaults__[0])


class P:
    def __init__(self, x, y=0, *, tag="p"):
        self.x, self.y, self.tag = x, y, tag

    def moved(self, dx=0, dy=0, scale=1.0):
        return P((self.x + dx) * scale, (self.y + dy) * scale)

    @classmethod
    def origin(cls, offset=0):
        return cls(offset, offset)

    @staticmethod
    def dist(a, b=None):
        return abs(a.x - (b.x if b else 0))

    def __repr__(self):
        return f"P({self.x}, {self.y}, {self.tag})"


class Q:
    def __init__(self, a, b=1):
        self.a, self.b = a, b


p = P(1)
print(p, P(1, 2), P(x=3, y=4), P(5, tag="t"), P(y=1, x=2, tag="u"))
print(p.moved(), p.moved(1), p.moved(dy=2), p.moved(1, scale=2), p.moved(scale=0.5, dx=1, dy=1))
print(P.origin(), P.origin(offset=3), P.dist(p), P.dist(a=p, b=P(4)))
m = p.moved
print(m(dx=3), m(1, 1), [vars(Q(i, b=i * 2)) for i in range(3)], vars(Q(a=1)))
for i in range(4):
    q = p.moved(dx=i, scale=2)
    print(q.x, q.y, Q(a=i).b, Q(i, b=-i).b)


class Base:
    def __init__(self, n, label="base"):
        self.n, self.label = n, label


class Derived(Base):
    def __init__(self, n, extra=1):
        super().__init__(n, label="derived")
        self.extra = extra


d = Derived(3, extra=9)
print(d.n, d.label, d.extra, Derived(1).extra)


def gen(n, step=1):
    i = 0
    while i < n:
        yield i
        i += step


print(list(gen(5)), list(gen(5, 2)), list(gen(step=3, n=10)))


def errors():
    def h(a, b, c=3):
        return a + b + c

    def po(a, b=2, /, c=3):
        return a, b, c

    def kwonly(a, *, b, c=1):
        return a, b, c

    def star(*args, k=0, **kw):
        return args, k, kw

    for call in [
        lambda: h(1),
        lambda: h(1, 2, 3, 4),
        lambda: h(1, 2, d=4),
        lambda: h(1, 2, a=4),
        lambda: h(b=1, c=2),
        lambda: po(1, b=5),
        lambda: po(1, 2, c=9),
        lambda: po(a=1),
        lambda: kwonly(1, 2),
        lambda: kwonly(1, b=2),
        lambda: kwonly(1, c=2),
        lambda: star(1, 2, k=3, z=4),
        lambda: p.moved(1, 2, 3, 4),
        lambda: p.moved(dz=1),
        lambda: P(),
        lambda: P(1, 2, 3),
        lambda: Q(c=1),
        lambda: Q(1, a=2),
    ]:
        try:
            print("ok", call())
        except TypeError as e:
            print("TypeError:", e)


errors()


@dataclasses.dataclass
class D:
    x: int
    y: int = 5
    z: list = dataclasses.field(default_factory=list)


print(D(1), D(1, 2), D(x=3, y=4), D(y=0, x=1, z=[1]), D(2).z is D(2).z)


def rec(n, acc=0):
    return acc if n == 0 else rec(n - 1, acc=acc + n)


print(rec(10), rec(n=5), rec(3, 100))


def soft(v, limit=10):
    if v > limit:
        raise ValueError(f"{v} > {limit}")
    return v


for v in [5, 50]:
    try:
        r = soft(v)
        print("soft", r)
    except ValueError as e:
        print("soft error", e)
    try:
        soft(v, limit=100)
        print("soft kw ok")
    except ValueError as e:
        print("soft kw error", e)
print(sorted([3, 1, 2], reverse=True), "x".center(5, "*"), int("ff", base=16), print("a", "b", sep="-", end="!\n"))


def kw_only(a, b=1, *, c, d=4, e=None):
    return a, b, c, d, e


for i in range(3):
    print(kw_only(i, c=i), kw_only(i, 2, c=3, e=i), kw_only(c=0, a=i, d=i * 2), kw_only(a=1, b=2, c=3, d=4, e=5))
for bad in [lambda: kw_only(1), lambda: kw_only(1, 2, 3), lambda: kw_only(1, c=1, f=2), lambda: kw_only(c=1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


class K:
    def m(self, x, *, scale=2, shift=0):
        return x * scale + shift


k = K()
print([k.m(i, shift=1) for i in range(3)], k.m(x=2, scale=5), k.m(1, scale=0, shift=9))


def kwargs_only(**kw):
    return sorted(kw.items()), type(kw).__name__


def mixed(a, b=2, /, c=3, *, d=4, **rest):
    return a, b, c, d, rest


for i in range(3):
    print(kwargs_only(x=i, y=2), kwargs_only(), mixed(i), mixed(i, c=9), mixed(i, 5, e=1, f=2), mixed(i, b=7, d=0))
r1 = kwargs_only(z=1)
r1[0].append("changed")
print(kwargs_only(z=1), mixed(1, a=2)[4])
for bad in [lambda: mixed(), lambda: mixed(1, c=1, **{"c": 2}), lambda: kwargs_only(1)]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
