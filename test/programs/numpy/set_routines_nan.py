# isin and the set routines compare with ==, so NaN is a member of nothing: intersect1d drops it, setdiff1d keeps a's, setxor1d keeps one per side
import numpy as np
print(np.isin([1.5, np.nan], [np.nan]), np.isin([1.5, np.nan], [np.nan, 1.5], invert=True), np.isin(np.array([1+1j, complex(np.nan, 0)]), [complex(np.nan, 0)]))
print(np.intersect1d([1.0, np.nan], [np.nan, 1.0]), np.setdiff1d([1.0, np.nan], [np.nan]), np.union1d([np.nan], [np.nan, 1]))
print(np.setxor1d([1.0, np.nan], [np.nan]), np.setxor1d([1.0, np.nan, np.nan], [2.0]), np.intersect1d([np.nan, np.nan],[np.nan]), np.intersect1d([1.0, np.nan], [np.nan, 1.0], return_indices=True))
print(np.setdiff1d([3, 1, 2, 1], [2]), np.setxor1d([1, 2, 3], [3, 4]), np.intersect1d([[1, 2], [3, 4]], [4, 1]))
