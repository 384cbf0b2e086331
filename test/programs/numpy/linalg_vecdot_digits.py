# np.linalg.vecdot on float64 takes NumPy's ddot per pair (last bits as NumPy's), any axis, broadcast batches
import numpy as np
rng = np.random.default_rng(13)
a = rng.normal(size=(4, 37)); b = rng.normal(size=(4, 37))
print(np.linalg.vecdot(a, b).tobytes().hex(), repr(np.linalg.vecdot(a[0], b[0])))
print(np.linalg.vecdot(a.T, b.T, axis=0).tobytes().hex(), np.linalg.vecdot(a, b[0]).shape, np.linalg.vecdot(a[:, ::-1], b).tobytes().hex()[:32])
print(np.linalg.vecdot(np.arange(4), np.arange(4.0)), np.linalg.vecdot([1, 2], [3, 4]), np.linalg.vecdot(a[:, :0], b[:, :0]))
print(np.linalg.vecdot(np.array([1j, 2]), np.array([1j, 1])), np.linalg.vecdot(a[None], b[:, None]).shape)
try:
    np.linalg.vecdot(a, b[:, :3])
except ValueError as e:
    print(e)
