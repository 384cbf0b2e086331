# objects with __array__ (masked arrays, user classes) index an ndarray as their arrays do;
# boolean masks on ndarray subclasses keep the subclass
import numpy as np


class Idx:
    def __init__(self, v):
        self.v = v

    def __array__(self, dtype=None, copy=None):
        return np.asarray(self.v)


d = np.arange(10) * 10
print(d[Idx([1, 3])], d[Idx([True] * 5 + [False] * 5)], d[Idx(2)])
ma = np.ma.array([1, 2, 3, 4], mask=[0, 1, 0, 0])
print(np.arange(4)[ma > 2])
ma[ma > 2] = 9
print(repr(ma))
e = np.arange(4)
e[Idx([0, 2])] = -1
print(e)
try:
    d[Idx([1.5])]
except IndexError as ex:
    print("IndexError:", ex)
try:
    d[np.float64(1)]
except IndexError as ex:
    print("IndexError:", ex)


class S(np.ndarray):
    pass


s = np.arange(6).reshape(2, 3).view(S)
print(repr(s[s > 2]), type(s[s > 2]).__name__)
s[s > 3] = -1
print(repr(s))
m = np.matrix([[1, 2], [3, 4]])
print(repr(m[m > 1]))
r = np.rec.array([(1, 2.0), (3, 4.0)], dtype=[("a", int), ("b", float)])
print(repr(r[r.a > 1]))
