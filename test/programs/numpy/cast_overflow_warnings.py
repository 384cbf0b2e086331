# Narrowing casts report NumPy's "overflow encountered in cast" once per cast when a finite value becomes
# infinite (float64 -> float32/float16, complex128 -> complex64, ints -> float16), and a complex -> real
# cast warns ComplexWarning first; np.errstate(over=...) governs the overflow as for any ufunc.
import warnings
import numpy as np

cases = [
    ("astype f4", lambda: np.array([1e300, 2.0, 1e300]).astype(np.float32)),
    ("astype f4 strided", lambda: np.array([[1e300, 1.0], [2.0, 3.0]]).T.astype(np.float32)),
    ("astype f2 from f4", lambda: np.array([1e10], np.float32).astype(np.float16)),
    ("astype f2 from int", lambda: np.array([100000]).astype(np.float16)),
    ("astype f2 from u8", lambda: np.array([2**64 - 1], np.uint64).astype(np.float16)),
    ("astype c8", lambda: np.array([1e300 + 1j]).astype(np.complex64)),
    ("complex to f4", lambda: np.array([1e300 + 0j]).astype(np.float32)),
    ("complex to int", lambda: np.array([1 + 2j]).astype(np.int64)),
    ("complex to bool", lambda: np.array([1j]).astype(bool)),
    ("empty complex to float", lambda: np.array([], complex).astype(float)),
    ("object to f4", lambda: np.array([2**128], dtype=object).astype(np.float32)),
    ("inf stays quiet", lambda: np.array([np.inf, -np.inf, np.nan]).astype(np.float32)),
    ("in range", lambda: np.array([3e38]).astype(np.float32)),
    ("array(list, f4)", lambda: np.array([1e300, 1.0], dtype=np.float32)),
    ("array(list, c8)", lambda: np.array([1e300, 1.0], dtype=np.complex64)),
    ("array(scalar, f4)", lambda: np.array(1e300, np.float32)),
    ("array([c128 scalar], float)", lambda: np.array([np.complex128(1j)], dtype=float)),
    ("float32(1e300)", lambda: np.float32(1e300)),
    ("float16(100000)", lambda: np.float16(100000)),
    ("float16(int64)", lambda: np.float16(np.int64(100000))),
    ("float64 scalar astype", lambda: np.float64(1e300).astype(np.float32)),
    ("complex scalar astype", lambda: np.complex128(1 + 1j).astype(float)),
    ("complex scalar astype bool", lambda: np.complex128(1j).astype(bool)),
]
for label, f in cases:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        r = f()
    print(label, repr(r), [(w.category.__name__, str(w.message)) for w in caught])

def assign(target, key, value):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        target[key] = value
    print(repr(target), [(w.category.__name__, str(w.message)) for w in caught])

assign(np.zeros(2, np.float32), 0, np.float64(1e300))
assign(np.zeros(2, np.float32), slice(None), np.array([1e300, 1.0]))
assign(np.zeros(2), slice(None), np.complex64(1j))
assign(np.zeros(2), slice(None), np.array([1 + 1j, 2]))

with np.errstate(over="ignore"):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        print(np.array([1e300]).astype(np.float32), np.float32(1e300), len(caught))
with np.errstate(over="raise"):
    try:
        np.array([1e300]).astype(np.float32)
    except FloatingPointError as e:
        print("FloatingPointError:", e)
    try:
        np.float16(1e10)
    except FloatingPointError as e:
        print("FloatingPointError:", e)
