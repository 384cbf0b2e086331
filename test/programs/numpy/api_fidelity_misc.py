# small NumPy API details: generic datetime/timedelta dtype reprs; creation order= and fill checks, item/tolist/tile/diff/searchsorted/meshgrid/histogram argument errors; ufunc casting error classes
import numpy as np

print(repr(np.array([1, 2], dtype=np.timedelta64)), repr(np.array([], dtype='M8')), repr(np.array(['NaT'], dtype='M8')), repr(np.zeros(2, dtype='m8')))
print(repr(np.array([1, 2], dtype='m8[ms]')), repr(np.array(['2020-01-01'], dtype='M8[D]')))
a = np.ones(3)
def setbad2():
    a[:2] = [[1, 2]]
def setbad4():
    b = np.ones(3); b.dtype = np.int32; return b
for f in [lambda: np.empty((2, 2), order='X'), lambda: np.zeros(2, order='A'), lambda: np.ones((2, 2)).reshape(4, order='X'), lambda: np.full((2,), [1, 2, 3]), lambda: np.full((2, 2), [1, 2]), setbad2,
          lambda: np.ones(2).item(5), lambda: np.histogram([1, 2], bins='bogus'), lambda: np.tile([1, 2], -1), lambda: np.diff(np.ones(3), n=-1), lambda: np.diff(np.array(5)),
          lambda: np.searchsorted([[1, 2]], 1), lambda: np.meshgrid([1, 2], indexing='x'), lambda: np.ones((2, 2)).tolist(1), lambda: np.bincount(np.array([1., 2.]))]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for f in [lambda: np.add(np.array([1.5]), 1, out=np.zeros(1, dtype=int)), lambda: np.add(np.array([1.5]), 1, dtype=int), lambda: np.add(1, np.array([1.5]), dtype=int),
          lambda: np.multiply(np.array([1.5]), 2, out=np.zeros(1, dtype=np.int32), casting='safe'), lambda: np.add(np.array([1], dtype=object), 1, out=np.zeros(1, dtype=int), casting='safe')]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
