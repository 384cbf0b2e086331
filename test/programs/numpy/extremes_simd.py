# max/min of contiguous float rows around the SIMD path's edges: lengths, NaN positions, signed zeros
import numpy as np
rng = np.random.default_rng(23)
for n in (15, 16, 17, 33, 100, 1001):
    for dt in (np.float64, np.float32):
        x = (rng.standard_normal(n) * 10).astype(dt)
        y = x.copy(); y[n // 2] = np.nan
        z = np.zeros(n, dt); z[::3] = -0.0
        w = -np.abs(x); w[n - 1] = 0.0; w[n - 2] = -0.0
        v = x.copy(); v[-1] = np.nan
        print(n, np.dtype(dt).name, x.max(), x.min(), y.max(), y.min(), z.max(), z.min(), w.max(), (-w).min(), v.max(), x[1:].max(), x.reshape(1, n).max(axis=1))
