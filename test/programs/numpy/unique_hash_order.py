# np.unique_values and np.unique(..., sorted=False) return integer, datetime64 and string values in the
# iteration order of NumPy's C++ hash set (FNV-1a hashes, growing bucket tables); other dtypes, and
# the default sorted=True, give sorted values.
import numpy as np

for a in [[4, 4, 1], [3, 1, 2, 3, 1], [0, 1, 2, 3, 4, 5, 6], [6, 5, 4, 3, 2, 1, 0], [5, 4, 3, 2, 1, 0, 10, 100, 7], [-1, -5, 2**40, 7], []]:
    print(np.unique_values(np.array(a, dtype=np.int64)), np.unique(np.array(a, dtype=np.int64), sorted=False))
for dt in [np.int8, np.uint8, np.int16, np.uint32, np.int32, np.uint64, ">i4"]:
    print(np.dtype(dt), np.unique_values(np.array([5, 3, 9, 3, 1, 100, 7, 0], dtype=dt)))
rng = np.random.default_rng(5)
for n in [13, 14, 50, 300, 1024, 1500, 5000]:
    x = rng.integers(-10**6, 10**6, n)
    u = np.unique_values(x)
    print(n, u.size, u[:6], u[-3:], np.array_equal(np.sort(u), np.unique(x)))
print(np.unique_values(np.array(["b", "a", "cc", "b", "dd", "a"])), np.unique_values(np.array([b"x", b"yy", b"x", b"z"])))
print(np.unique_values(np.array(["2020-01-01", "2019-05-05", "2020-01-01", "2021-01-01"], dtype="M8[D]")))
print(np.unique_values([3.5, 1.0, 2.0, 1.0]), np.unique_values([True, False, True]), np.unique_values(np.arange(12).reshape(3, 4) % 5))
print(np.unique(np.array([3, 1, 2])), np.unique(np.array([3, 1, 2, 3]), sorted=False, return_counts=True))
