# np.sort and ndarray.sort of every native numeric dtype, along axes and strided rows (typed-array sort)
import numpy as np
rng = np.random.default_rng(5)
for dt in [np.float64, np.float32, np.int8, np.uint8, np.int16, np.uint16, np.int32, np.uint32, np.int64, np.uint64, np.bool_]:
    a = (rng.standard_normal(50) * 100).astype(dt)
    m = a.reshape(5, 10)
    print(np.dtype(dt).name, np.sort(a)[:8], np.sort(m, axis=0)[:, :3].ravel(), np.sort(m[:, ::-2], axis=1)[0], np.sort(a[::3])[-3:])
    b = a.copy(); b.sort(); print(b[-4:])
print(np.sort(np.array([0.0, -0.0, 0.0, -0.0])), np.sort(np.array([3, np.nan, 1, -np.nan, 2])))
x = np.array([5, 3, 1, 4]); x[::2].sort(); print(x)
print(np.sort(np.array([[3, 1], [2, 9]]), axis=None), np.sort(np.array([2**63 - 1, -2**63, 0])), np.sort(np.array([2**64 - 1, 0, 5], dtype=np.uint64)))
