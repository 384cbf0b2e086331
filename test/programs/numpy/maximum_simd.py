# np.maximum/np.minimum element-wise over float64/float32, scalars, strides, NaNs and signed zeros (the SIMD loop)
import numpy as np
a = np.array([1.0, -0.0, 0.0, np.nan, 2.0, -np.inf, 3.0, np.nan, 0.0, -0.0, 5.0])
b = np.array([0.5, 0.0, -0.0, 1.0, np.nan, 2.0, 3.0, -np.nan, -0.0, 0.0, 4.0])
for f in (np.maximum, np.minimum):
    print(f(a, b), f(b, a), f(a, 0.0), f(-0.0, a), f(a.astype(np.float32), b.astype(np.float32)), f(a[1::2], b[1::2]), np.signbit(f(a, b)))
print(np.clip(np.linspace(-2, 2, 9), -1, 1), np.clip(a, 0, 2), np.maximum.reduce(a))
