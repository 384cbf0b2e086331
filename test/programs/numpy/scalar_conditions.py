# Conditions on NumPy scalars in Python loops (`if a[k] > a[k - 1]:`), NaN, float32 beside Python floats,
# big int64 values, and sorted() of mixed NumPy and Python numbers
import numpy as np
a = np.array([0.5, np.nan, 2.0, -1.0]); i = np.array([3, -2, 2**60, 7]); f = np.array([0.1, 0.2], np.float32)
out = []
for x in a:
    for y in [a[0], 0.5, 1, np.nan, i[0], f[0], np.float32(0.5), True]:
        out.append((x < y, x <= y, x > y, x >= y, bool(x < y) if x < y else 'n'))
        if x < y: out.append('lt')
        if x >= y: out.append('ge')
        if y > x: out.append('gt2')
print(out)
c = 0
for k in range(1, len(i)):
    if i[k] > i[k - 1]: c += 1
    if f[0] > 0.1: c += 10
    if f[0] <= 0.1: c += 100
    if i[2] > 2**60 - 1: c += 1000
print(c, sorted([np.float32(0.1), 0.1]), sorted([0.1, np.float32(0.1)]), sorted([np.float64(0.1), 0.1, 1, np.int64(0)]))
