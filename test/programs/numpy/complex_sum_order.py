# Complex sums follow NumPy's complex pairwise summation (4 lanes per part), so the last digits agree
import numpy as np
rng = np.random.default_rng(5)
for n in (1, 2, 3, 4, 5, 7, 8, 9, 12, 16, 33, 63, 64, 65, 100, 128, 129, 200, 257, 1000, 4097):
    re = rng.standard_normal(n) * 10.0 ** rng.integers(-5, 8, n)
    im = rng.standard_normal(n) * 10.0 ** rng.integers(-5, 8, n)
    a = re + 1j * im
    b = a.astype(np.complex64)
    print(n, repr(a.sum()), repr(b.sum()), repr(np.sum(a.reshape(1, -1), axis=1)[0]), repr(a[::2].sum()))
m = (rng.standard_normal((6, 50)) + 1j * rng.standard_normal((6, 50))) * 1e3
print(repr(m.sum(axis=1)), repr(m.sum(axis=0)[:3]), repr(m.sum()), repr(m.mean()), repr(m.astype(np.complex64).sum(axis=1)))
