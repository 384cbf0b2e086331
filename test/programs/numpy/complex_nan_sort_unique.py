# Complex sort order with NaNs (R+Rj < R+nanj < nan+Rj < nan+nanj) in sort/argsort/unique (one NaN kept, as NumPy's hash path keeps the first met).
import numpy as np
n = np.nan
c = np.array([complex(1, n), 1+1j, complex(n, 0), 2j, 1+0j, complex(n, n), complex(n, -1), complex(-1, n), complex(0, -np.inf), complex(np.inf, n)])
print(np.sort(c))
print(np.argsort(c), np.argsort(c, kind='stable'))
print(np.sort(c[::-1]), np.unique(c), np.sort_complex(c))
print(np.max(c), np.min(c), np.argmax(c), np.argmin(c), np.partition(c, 3)[3])
print(np.searchsorted(np.sort(c), complex(n, 5)), np.searchsorted(np.sort(c), complex(5, n)))
print(np.sort(c.astype(np.complex64).reshape(2, 5), axis=1), np.sort(c.reshape(2, 5), axis=0))
print(np.lexsort((c.real, c.imag)), np.isin(c, [1+1j]))
print(np.unique(c, equal_nan=False), np.unique(c, return_counts=True), np.unique(c, return_index=True), np.unique(c, return_inverse=True))
print(np.unique(np.array([n, 1, -n, 2])), np.unique(np.array([complex(n, 2), 1, complex(3, n)]), return_counts=True), np.unique(np.array([complex(n, 2), 1, complex(3, n)])))
print(np.unique(c.reshape(2, 5), axis=1).shape, np.unique_counts(c), np.unique_all(c[:5]).values)
