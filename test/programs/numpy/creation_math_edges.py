# np.modf keeps the sign on zero fractions, linspace honours axis=, geomspace works on negative ranges,
# isclose makes b inexact first (|MIN_INT| cannot wrap), percentile refuses complex input, ediff1d checks
# to_begin/to_end under same_kind
import numpy as np
print(np.modf(np.array([3, -7, 2.5, -0.5, -0.0, np.inf, -np.inf, np.nan])), np.modf(np.float32(-3)))
print(np.linspace([0, 1], [2, 5], 3, axis=1), np.linspace([0, 1], [2, 5], 3, axis=-1).flags['C_CONTIGUOUS'], np.linspace(0, [2, 4], 3, axis=0))
print(np.geomspace(-1, -100, 5), np.geomspace(1, 1000, 4), np.geomspace(2, 3, 3), np.geomspace(-1000, -1, 4, endpoint=False))
try: np.geomspace(0, 5, 3)
except ValueError as e: print(e)
a = np.array([np.iinfo(np.int64).min, 3, 5])
print(np.allclose(a, a), np.isclose(a, a), np.isclose(1, 1.0000001), np.isclose([1e10, 1e-8], [1.00001e10, 1e-9]), np.isclose(np.nan, np.nan, equal_nan=True), np.isclose(np.inf, np.inf), np.isclose(3, np.array([3, 4], np.int8)))
try: np.percentile(np.array([1j, 2]), 50)
except TypeError as e: print(e)
for tb in [[9], [9.5], np.array([1], np.uint8)]:
    try: print(np.ediff1d(np.array([1, 5, 2], np.uint8), to_begin=tb, to_end=tb))
    except TypeError as e: print(e)
print(np.ediff1d(np.array([1.5, 5, 2]), to_begin=[9], to_end=-1))
