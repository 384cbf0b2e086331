import copy
class P:
    def __init__(self): self.a = [1, {2: (3, [4])}]; self.t = (1, 2); self.f = frozenset({1})
p = P()
q = copy.deepcopy(p)
print(q.a, q.a is p.a, q.t is p.t, q.f is p.f, copy.deepcopy(int) is int, copy.deepcopy(len) is len, copy.deepcopy((1, [2]))[1] is not None)
class M(type):
    def __eq__(cls, o): return True
    __hash__ = type.__hash__
class A(metaclass=M): pass
print(A == int, int == A, A in (int,), int in (A,), (int == str), int in (str, int), [int, str].index(str))
d = {'x': [1, 2], 'y': (3, [4])}
e = copy.deepcopy(d)
print(e, e['x'] is d['x'], copy.copy(d)['x'] is d['x'])
