# a[idx].sum() / .mean() / np.sum(a[idx]): summed as NumPy sums the gathered temporary (pairwise, in idx
# order), errors as for a[idx]; other index kinds and arrays take the plain path
import numpy as np
rng = np.random.default_rng(3)
a = rng.random(5000) * 10.0 ** rng.integers(-3, 4, 5000)
idx = rng.integers(-5000, 5000, 70007)
f = a.astype(np.float32)
r = a[::-3]
print(repr(a[idx].sum()), repr(a[idx].mean()), repr(np.sum(a[idx])), repr(np.mean(a[idx])))
print(repr(f[idx].sum()), repr(f[idx].mean()), repr(r[idx % 1000].sum()))
m = idx.reshape(7, 10001)
print(repr(a[m].sum()), repr(a[m[:, ::2]].sum()), repr(a[idx.astype(np.int32)].sum()), repr(a[a > 5].sum()))
k = [3, 1, -2]
b = np.arange(12.0).reshape(4, 3)
print(a[k].sum(), b[np.array([0, 3])].sum(), np.arange(5)[np.array([1, 4])].sum(), a[np.array([], dtype=np.int64)].sum())
j = idx.copy()
j[40000] = 5000
try:
    a[j].sum()
except IndexError as e:
    print(e)
