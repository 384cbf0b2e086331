# np.percentile/np.quantile compute in the common float type of the data and q (a Python number takes a
# float array's dtype, arrays and NumPy scalars keep theirs), with b - a in the data's dtype as _lerp;
# np.clip keeps the element on ties (signed zeros); histogram edges from float32 data are float32 math
import numpy as np
a = np.array([1.25, 2.35, -3.45, 0.05, 7.5], dtype=np.float32)
for q in [50, 50.0, np.float64(50), [50], np.array(50), np.array([10, 90], np.float32), [10, 90], 37.5]:
    print(repr(np.percentile(a, q)), repr(np.quantile(a, np.asarray(q) / 100)))
print(repr(np.quantile(a, 0.3)), repr(np.quantile(a, [0.3])), repr(np.median(a)), repr(np.percentile(np.arange(5), 50)))
print(repr(np.percentile(np.arange(5, dtype=np.float16), [50, 15])), repr(np.percentile(a.astype(np.float16), 15)))
print(repr(np.percentile(a, [10, 90], method='lower')), repr(np.percentile(a, 33, method='midpoint')))
for dt in [np.float32, np.float64]:
    for x, lo, hi in [(-0.0, 0.0, 1.0), (0.0, -0.0, 1.0), (-0.0, -1.0, 0.0), (0.0, -1.0, -0.0), (np.nan, 0, 1), (2.0, np.nan, 1.0)]:
        print(dt.__name__, x, lo, hi, repr(np.clip(np.array([x, x], dt), dt(lo), dt(hi))), repr(np.clip(np.array([x], dt), lo, hi)))
print(repr(np.histogram(np.arange(-3, 3, dtype=np.float32) * 0.25, bins=3)))
print(repr(np.histogram(np.arange(-3, 3, dtype=np.float16) * 0.3, bins=4)), repr(np.histogram(np.arange(-3, 3, dtype=np.float32) * 0.3, bins=3, range=(-1, 1))))
