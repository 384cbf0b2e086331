# A Python float (or int) operand too large for a float32/float16 loop becomes inf with NumPy's
# "overflow encountered in cast" warning, for arithmetic, comparisons and ufunc calls alike.
import warnings
import numpy as np

cases = [
    ("f32 array * 1e300", lambda: np.array([1.0], np.float32) * 1e300),
    ("f32 scalar + 1e40", lambda: np.float32(1) + 1e40),
    ("f16 scalar + 1e5", lambda: np.float16(1) + 1e5),
    ("f16 array * 70000.0", lambda: np.array([1.0], np.float16) * 70000.0),
    ("f16 scalar + int", lambda: np.float16(1) + 100000),
    ("f32 compare", lambda: np.array([1.0], np.float32) < 1e300),
    ("f32 scalar compare", lambda: np.float32(1) == 1e300),
    ("maximum", lambda: np.maximum(np.float32(1), 1e300)),
    ("complex64", lambda: np.array([1], np.float32) + 1e300j),
    ("in range", lambda: np.array([1.0], np.float32) + 1e30),
    ("float64", lambda: np.array([1.0]) * 1e300),
    ("already inf", lambda: np.array([1.0], np.float32) + float("inf")),
]
for label, f in cases:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        r = f()
    print(label, repr(r), [str(w.message) for w in caught])
