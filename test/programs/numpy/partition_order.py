# np.partition / np.argpartition leave the elements in the order NumPy's selection does: introselect
# (selection sort for a small kth, median-of-3 quickselect otherwise, pivots kept between several kth)
# for 8-bit ints, bools and complex numbers and for several kth; x86-simd-sort's networks for short lanes
import numpy as np
rng = np.random.default_rng(3)
for dt in [np.int8, np.uint8, np.bool_, np.complex128, np.int16, np.float16, np.int64, np.float64]:
    for n in [5, 9, 20, 40]:
        a = rng.integers(-20, 20, n).astype(dt)
        for k in [0, 1, 3, 4, -1, [1, 4], [0, -1, 3]]:
            print(dt.__name__, n, k, np.partition(a, k).tolist(), np.argpartition(a, k).tolist())
m = rng.integers(0, 9, (4, 12)).astype(np.int8)
print(np.partition(m, 2, axis=1), np.argpartition(m, 1, axis=0), np.partition(m, 3, axis=None))
try:
    np.partition(m, 12)
except ValueError as e:
    print(e)
