# np.var / np.std with an explicit dtype: the mean and the sum of squared deviations are taken in that dtype, as NumPy's _var does
import numpy as np
rng = np.random.default_rng(1)
m = rng.random((5, 7)) * 100
i = rng.integers(0, 1000, (4, 6))
f = rng.random((6, 3), dtype=np.float32)
for a in (m, i, f):
    for dt in (None, np.float32, np.float64):
        for ax in (None, 0, 1):
            for fn in (np.var, np.std):
                r = fn(a, axis=ax, dtype=dt)
                print(fn.__name__, a.dtype, dt and np.dtype(dt).name, ax, np.asarray(r).dtype, repr(r))
    print(m.std(ddof=1, dtype=np.float32), i.var(axis=0, keepdims=True, dtype=np.float32))
