class A:
    def m(self): return "A.m"
    def __init__(self): self.x = 1
class B(A):
    pass
a, b = A(), B()
out = []
for i in range(6):
    out.append((a.m(), b.m(), a.x, b.x))
    if i == 1:
        A.m = lambda self: "patched"
    if i == 2:
        A.x = property(lambda self: "prop")
    if i == 3:
        del A.x
        B.m = lambda self: "B.m"
    if i == 4:
        a.m = lambda: "inst"
        b.x = 5
print(out)
class C:
    def __init__(self): self.v = 0
    def inc(self): self.v += 1
c = C()
for i in range(5):
    c.inc()
    if i == 2:
        C.inc = lambda self: setattr(self, 'v', self.v + 10)
print(c.v)
import math
class D:
    pass
d = D(); d.sqrt = 3
for o in [math, d, math, d]:
    try:
        print(o.sqrt(16) if o is math else o.sqrt)
    except Exception as e:
        print(e)
for s in ["a", "b"]:
    print(s.upper(), [1].count(1))
