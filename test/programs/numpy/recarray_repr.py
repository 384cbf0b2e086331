# np.rec.array / fromrecords from a list of tuples without formats (column dtypes inferred like
# np.array), and recarray repr: the dtype always on its own line, non-structured recarrays keep their dtype
import numpy as np
r = np.rec.array([(1, 2.0), (3, 4.0)], names='a,b')
print(repr(r))
print(r.a, r.b.dtype, r[1])
x = np.rec.fromrecords([('x', 1.5, 2), ('yy', 2.5, 3)], names=['s', 'f', 'i'])
print(repr(x))
print(x.s, x.f.dtype, x.i.sum())
print(repr(np.rec.array([(1, 2.0), (3, 4.0)])))
print(repr(np.rec.fromarrays([np.arange(3), np.ones(3)], names='p,q')))
print(repr(np.arange(3).view(np.recarray)))
print(repr(np.array(['ab', 'c']).view(np.recarray)))
print(repr(np.zeros((2, 0), dtype=[('x', 'f4')]).view(np.recarray)))
print(repr(np.zeros((0,), dtype=[('x', 'f4')]).view(np.recarray)))
print(repr(np.rec.array(np.arange(12).reshape(4, 3))))
