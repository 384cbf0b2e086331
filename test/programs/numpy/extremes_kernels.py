# max/min/fmax/fmin reductions and argmax/argmin over every native dtype, rows and strides (the WebAssembly row kernels)
import numpy as np
rng = np.random.default_rng(3)
for dt in [np.float64, np.float32, np.int8, np.uint8, np.int16, np.uint16, np.int32, np.uint32, np.int64, np.uint64]:
    a = (rng.standard_normal(1000) * 100).astype(dt) if np.dtype(dt).kind == 'f' else rng.integers(np.iinfo(dt).min, np.iinfo(dt).max, 1000, dtype=dt, endpoint=True)
    m = a.reshape(10, 100)
    print(np.dtype(dt).name, a.max(), a.min(), a.argmax(), a.argmin(), m.max(axis=1), m.min(axis=0)[:5], m.argmax(axis=1), m.argmin(axis=0)[:7], a[::3].max(), a[::-2].argmin(), np.fmax.reduce(a), np.fmin.reduce(a[::2]))
f = np.array([3.0, np.nan, 7.0, -np.inf, np.nan])
print(f.max(), f.min(), f.argmax(), f.argmin(), np.fmax.reduce(f), np.fmin.reduce(f), np.nanmax(f), np.nanmin(f), np.nanargmax(f))
z = np.array([-0.0, 0.0, -0.0]); print(z.max(), z.min(), np.fmax.reduce(z), np.fmin.reduce(z), z[::-1].max())
print(np.array([np.nan, np.nan]).max(), np.fmax.reduce(np.array([np.nan, np.nan])), np.array([1.0, np.nan]).reshape(1, 2).max(axis=1))
b = np.array([True, False, True]); print(b.max(), b.min(), b.argmax(), b.argmin())
print(np.max(np.arange(24).reshape(2, 3, 4), axis=(0, 2)), np.arange(24).reshape(2, 3, 4).max(axis=-1, keepdims=True).shape, np.max([[1, 5], [7, 2]], initial=9))

