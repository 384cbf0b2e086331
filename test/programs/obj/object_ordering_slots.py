# object has __lt__/__le__/__gt__/__ge__ answering NotImplemented (total_ordering and hasattr see them)
from functools import total_ordering
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) > V(2), V(2) >= V(2), sorted([V(3), V(1)])[0].v)
print(hasattr(object, '__lt__'), object.__lt__(1, 2) if hasattr(object, '__lt__') else None)
print(object.__eq__(1, 1), object.__ne__(1, 2), object.__hash__ is not None)
class A: pass
print(A.__le__ is object.__le__, object.__lt__(A(), A()), A() == A())
class B:
    def __lt__(self, o): return "B.lt"
print(A() > B(), B() < A())
try:
    A() < A()
except TypeError as e:
    print(e)
