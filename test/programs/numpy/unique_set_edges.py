# the array-API unique_* functions count every NaN apart (equal_nan=False); unique along an axis of
# length 0; setdiff1d keeps ar1's dtype; bincount of nothing; digitize refuses complex; histogram's
# range errors print Python floats
import numpy as np
a = np.array([1.0, np.nan, 2.0, np.nan, 1.0], dtype=np.float32)
print(np.unique(a), np.unique(a, equal_nan=False), np.unique_counts(a), np.unique_inverse(a), np.unique_all(a), sep='\n')
print(np.unique(np.zeros((0, 3)), axis=0, return_inverse=True), np.unique(np.arange(0), axis=0))
for dt in [np.int8, np.float16, np.bool_, np.uint32]:
    print(repr(np.setdiff1d(np.array([0, 1, 2, 2]).astype(dt), [0, 1])), repr(np.setdiff1d(np.array([], dtype=dt), [0])))
print(repr(np.bincount(np.array([], dtype=int), weights=np.array([]))), repr(np.bincount([], minlength=3)))
try:
    np.digitize(np.array([1 + 0j]), [0, 1])
except TypeError as e:
    print(e)
for v, r in [([np.nan, 1.0], None), ([1.0, np.inf], None), ([1.0], (0, np.inf))]:
    try:
        np.histogram(v, bins=3, range=r)
    except ValueError as e:
        print(e)
