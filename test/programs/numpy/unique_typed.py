# np.unique of every native numeric dtype, with counts, NaNs and the index/inverse forms (typed-array sort path)
import numpy as np
rng = np.random.default_rng(7)
for dt in [np.float64, np.float32, np.int8, np.uint8, np.int16, np.int32, np.uint32, np.int64, np.uint64, np.bool_]:
    a = (rng.standard_normal(60) * 5).astype(dt)
    print(np.dtype(dt).name, np.unique(a), np.unique(a.reshape(6, 10)[:, ::2], return_counts=True))
f = np.array([2.0, np.nan, 0.0, 0.0, np.nan, 1.0, 2.0])
print(np.unique(f), np.unique(f, return_counts=True), np.unique(f, return_index=True), np.unique(f, equal_nan=False))
print(np.unique([3, 1, 3, 2]), np.unique(np.array([], dtype=float)), np.unique(np.array([[1, 1], [2, 2]])), np.unique(np.arange(5)[::-1], return_inverse=True))
