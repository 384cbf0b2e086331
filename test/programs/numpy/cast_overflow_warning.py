# a finite value too large for float16/float32/complex64 becomes inf with NumPy's
# "RuntimeWarning: overflow encountered in cast" (array casts, construction, assignment, scalars)
import warnings
import numpy as np

warnings.simplefilter("always")
warnings.showwarning = lambda message, category, *rest: print(f"  {category.__name__}: {message}")

print(1, np.array([1e20]).astype(np.float16))
print(2, np.array([70000]).astype("f2"))
print(3, np.array([1e300, 1.0]).astype(np.float32))
print(4, np.array([[1e300], [1.0]]).astype(np.float32).T)
print(5, np.array([1e5], dtype=np.float32).astype(np.float16))
print(6, np.array([1e300 + 1j]).astype(np.complex64))
print(7, np.array([1e20], dtype=np.float16))
print(8, np.array([np.float64(1e300)], dtype=np.float32))
a = np.zeros(2, dtype=np.float16)
a[0] = 1e20
print(9, a)
a[:] = np.array([1e5, 1.0])
print(10, a)
b = np.zeros(2, dtype=np.float32)
np.copyto(b, np.array([1e300, 1.0]))
print(11, b)
print(12, np.float16(1e5), np.float32(np.float64(1e300)), np.float32("1e300"), np.complex64(1e300))
print(13, np.float64(1e300).astype(np.float32))
print(14, np.ones(2, dtype=np.float16) * 1e5)
print("no warning:")
print(15, np.array([np.inf, np.nan, -np.inf]).astype(np.float32), np.array([3e38]).astype(np.float32))
print(16, np.arange(3.0).astype(np.float16), np.float32(1e30), np.array([1e20]).astype(np.float32))
