# np.unique along an axis compares slabs as records: a slab holding a NaN (or NaT) never equals another,
# so each stays its own row, sorted after the equal prefix; return_index/inverse/counts follow.
import numpy as np
a = np.array([[2.0, np.nan], [2.0, np.nan], [1.0, np.nan], [np.nan, 1], [2, 1], [2, 1]])
print(np.unique(a, axis=0, return_index=True, return_inverse=True, return_counts=True))
print(np.unique(a, axis=0, equal_nan=False))
print(np.unique(a.T, axis=1))
print(np.unique(np.array([[1 + 0j, complex(np.nan, 0)]] * 2), axis=0))
print(np.unique(np.array(['2020-01-01', 'NaT', 'NaT', '2020-01-01'], dtype='M8[D]').reshape(4, 1), axis=0))
