# Reductions that keep the last axis (m.sum(axis=0), t.sum(axis=1)) accumulate slice by slice, as NumPy's inner loop runs along the kept axis
import numpy as np
rng = np.random.default_rng(3)
m = rng.random((300, 200)) - 0.5
t = rng.random((20, 30, 40)) - 0.5
print(repr(m.sum(axis=0)[:3]), repr(m.mean(axis=0)[-3:]), repr(m.std(axis=0)[:2]), repr(m.var(axis=0, ddof=1)[:2]))
print(repr(m.max(axis=0)[:3]), repr(m.min(axis=0)[:3]), repr((m + 1).prod(axis=0)[:2]), repr(t.sum(axis=(0, 1))[:3]), repr(t.sum(axis=1)[0, :3]))
print(repr(m.T.sum(axis=1)[:3]), repr(m[::2].sum(axis=0)[:3]), repr(m[:, ::-1].sum(axis=0)[:3]), repr(m.astype(np.float32).sum(axis=0)[:3]))
i = rng.integers(-5, 5, (100, 50)).astype(np.int32)
print(i.sum(axis=0)[:5], i.sum(axis=0).dtype, i.max(axis=0)[:5], (i > 0).sum(axis=0)[:5], np.add.reduce(i, axis=0, initial=10)[:3])
z = np.zeros((50, 100)); z[0] = -0.0
print(repr(z.sum(axis=0)[:2]), repr(np.maximum.reduce(-z, axis=0)[:2]))
n = np.array([[1.0, np.nan] * 50, [2.0, 3.0] * 50])
print(n.max(axis=0)[:4], n.sum(axis=0)[:4])
c = (rng.random((40, 30)) + 1j * rng.random((40, 30)))
print(repr(c.sum(axis=0)[:2]))
