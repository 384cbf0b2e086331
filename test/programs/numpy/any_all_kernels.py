# any/all (logical_or/logical_and reductions) of boolean arrays, whole and along axes
import numpy as np
x = np.array([0.5, -1.0, 2.0, np.nan, 0.0])
print((x > 0).any(), (x > 0).all(), (x > -2).all(), np.isnan(x).any(), np.any(x > 5), np.all(x == x))
m = (np.arange(12).reshape(3, 4) % 3 == 0)
print(m.any(axis=0), m.all(axis=1), m.any(), m.all(), m[:, ::2].any(axis=1), np.logical_or.reduce(m, axis=None), np.logical_and.reduce(m[::-1], axis=0))
print(np.array([True]).all(), np.array([False, False]).any(), m.max(), m.min(axis=0), np.zeros((2, 3), bool).any(axis=1))
print(np.any([[1, 0], [0, 0]], axis=1), np.all(np.arange(5)), np.arange(5).any())
import numpy as np
D = (np.arange(96).reshape(8, 3, 2, 2) % 7).astype(bool)
print(D.all(axis=3).ravel()[:12])
print(D.all(axis=1).ravel()[:12])
print(D.all(axis=(1,3)).ravel())
print(D.min(axis=(1,3)).ravel())
print(D.astype(np.uint8).min(axis=(1,3)).ravel())
