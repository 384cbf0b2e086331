# Sums of short float64 arrays (rows in Python loops): NumPy's pairwise digits at every length, with
# overflow, NaN, infinity, empty and -0.0 as NumPy gives them
import numpy as np
rng = np.random.default_rng(1)
for n in [1, 3, 7, 8, 9, 15, 16, 17, 100, 127, 128, 129, 300]:
    a = rng.random(n) * 10.0 ** rng.integers(-5, 5, n)
    print(n, repr(a.sum()), repr(np.sum(a)), repr(a.reshape(-1, 1).sum()), repr(a[::-1].sum()), repr(a.astype(np.float32).sum()))
m = rng.random((20, 7))
print(repr(m.sum()), repr(m[3].sum()), repr(m.T.sum()), repr(np.array([1e308, 1e308]).sum()), repr(np.array([np.nan, 1.0]).sum()), repr(np.array([np.inf, 1.0]).sum()), repr(np.zeros(0).sum()), repr(np.array([-0.0]).sum()))
