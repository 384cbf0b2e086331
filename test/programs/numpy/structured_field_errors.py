# errors of structured dtypes and records: negative sub-array dimensions, unknown sort fields,
# rec.fromarrays' field count and shape checks (names missing from names= become f<i>)
import numpy as np

def t(f):
    try:
        print('OK', repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

t(lambda: np.dtype(('i4', -1)))
t(lambda: np.dtype(('i4', (2, -1))))
t(lambda: np.dtype([('a', 'i4', -2)]))
z = np.zeros(2, dtype='i4,i4')
t(lambda: np.sort(z, order='q'))
t(lambda: np.sort(z, order=['f0', 'q']))
t(lambda: np.argsort(z, order='q'))
t(lambda: z.sort(order='zz'))
t(lambda: np.rec.fromarrays([[1, 2], [3, 4]], names='a'))
t(lambda: np.rec.fromarrays([[1, 2], [3, 4]], names='a,b,c'))
t(lambda: np.rec.fromarrays([[1, 2]], dtype='i4,i4'))
t(lambda: np.rec.fromarrays([[1, 2], [3]], names='a,b'))
t(lambda: np.rec.fromarrays([[1, 2, 3], [3, 4, 5]], names='a,b', shape=2))
t(lambda: np.rec.fromarrays([[[1, 2]], [[3, 4]]], names='a,b'))
t(lambda: np.rec.fromarrays([[1, 2], [[3, 4], [5, 6]]], dtype=[('a', 'i4'), ('b', 'i4', 2)]))
t(lambda: np.rec.fromarrays([[1, 2], [3, 4]], formats='i2,f4', names='p'))
