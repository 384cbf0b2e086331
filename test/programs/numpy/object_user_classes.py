# Object arrays of instances of a Python class: its operators, ordering, methods and repr drive NumPy.
import numpy as np
class V:
    def __init__(self, x): self.x = x
    def __add__(self, o): return V(self.x + (o.x if isinstance(o, V) else o))
    __radd__ = __add__
    def __mul__(self, o): return V(self.x * o)
    def __lt__(self, o): return self.x < o.x
    def __gt__(self, o): return self.x > o.x
    def __ge__(self, o): return self.x >= o.x
    def __le__(self, o): return self.x <= o.x
    def __eq__(self, o): return isinstance(o, V) and self.x == o.x
    def __hash__(self): return hash(self.x)
    def __repr__(self): return f'V({self.x})'
    def sqrt(self): return V(self.x ** 0.5)
a = np.array([V(1), V(4), V(2)])
print(repr(a), a.dtype)
print(repr(a + 1), repr(1 + a), repr(a + V(10)), repr(V(10) + a), repr(a * 3))
print(repr(np.sqrt(a)), a.sum(), a.max(), a.min(), repr(np.sort(a)), a.argmax())
print(repr(a == V(4)), V(4) in a, repr(np.unique(a)))
print(repr(np.array([V(1), 2, 'x'])))
b = np.empty(2, dtype=object)
b[0] = V(5)
print(repr(b), repr(b[b != None]))
print(repr(np.array([V(1), V(2)]).reshape(2, 1) + np.array([V(10), V(20)])))
