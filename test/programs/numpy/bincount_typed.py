# np.bincount: counts, minlength, weights, small and bool dtypes, errors (the typed-array path)
import numpy as np
rng = np.random.default_rng(17)
x = rng.integers(0, 10, 50)
print(np.bincount(x), np.bincount(x, minlength=15), np.bincount(x, weights=np.linspace(0, 1, 50)).round(6), np.bincount(x.astype(np.uint8)), np.bincount(np.array([True, False, True])))
print(np.bincount(np.array([], dtype=int)), np.bincount(np.array([], dtype=int), minlength=3), np.bincount(np.array([0, 2**20]))[-1], np.bincount(x[::-3]))
for bad in ([-1, 2], [1.5]):
    try:
        np.bincount(np.array(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    np.bincount(np.array([1, 2]), weights=[1.0])
except ValueError as e:
    print(e)
