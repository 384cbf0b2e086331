# copies and exact casts between native dtypes through strided views (the WebAssembly row copy)
import numpy as np
rng = np.random.default_rng(9)
x = rng.standard_normal((4, 6)) * 1e3
for dt in [np.float32, np.float64, np.int8, np.uint8, np.int16, np.uint16, np.int32, np.uint32, np.int64, np.uint64, np.bool_]:
    a = x.astype(dt)
    print(np.dtype(dt).name, a.T.copy().ravel()[:6], a[::-1, ::2].astype(np.float64)[0], a.astype(np.float32)[1, :3], np.ascontiguousarray(a.T)[2], a[:, 1].copy())
f = np.array([1e30, -1e-300, np.nan, -np.inf, 3.0e38, 0.1, -0.0])
print(f.astype(np.float32), f.astype(np.float32).astype(np.float64), np.array([2**63 - 1, -2**63], dtype=np.int64).astype(np.float64), np.array([2**64 - 1], dtype=np.uint64).astype(np.float32))
b = np.arange(12.0).reshape(3, 4); c = np.empty((4, 3)); c[...] = b.T; print(c)
d = np.zeros((2, 3), dtype=np.float32); d[:] = np.arange(3); print(d, np.broadcast_to(np.arange(3.0), (2, 3)).copy())
print(np.concatenate([b[:, ::2], b[:, 1::2]], axis=1), np.stack([b[0], b[2]]).T, np.array(b.T, dtype=np.float32))
