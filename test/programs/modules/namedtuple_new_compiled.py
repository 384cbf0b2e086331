from collections import namedtuple
Pt = namedtuple('Pt', 'x y')
P3 = namedtuple('P3', ['a', 'b', 'c'], defaults=[0, 9])
R = namedtuple('R', 'self cls _x', rename=True)
print(Pt(1, 2), Pt(x=1, y=2), Pt(1, y=3), P3(1), P3(1, 2), P3(a=5, c=1), R(1, 2, 3))
for call in [lambda: Pt(1), lambda: Pt(), lambda: Pt(1, 2, 3), lambda: Pt(1, x=2), lambda: Pt(1, z=2), lambda: P3(), lambda: P3(1, 2, 3, 4), lambda: Pt._make([1]), lambda: Pt(1, 2)._replace(z=1)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
p = Pt(3, 4)
print(p.x, p[1], p._asdict(), p._replace(x=9), Pt._make([5, 6]), p == (3, 4), hash(p) == hash((3, 4)), Pt.__new__.__qualname__, P3.__new__.__defaults__, Pt._fields, P3._field_defaults)
x, y = p
print(x, y, isinstance(p, tuple), type(p).__name__, repr(p), p + (1,), p * 2, len(p), list(p))
class Sub(Pt):
    def norm(self): return self.x ** 2 + self.y ** 2
print(Sub(3, 4).norm(), Sub(3, 4))
