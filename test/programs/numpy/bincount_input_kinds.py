# np.bincount's input: integer and bool arrays count directly; float arrays are refused (safe cast),
# while a list of floats is truncated with NumPy 2.1's DeprecationWarning; wrong depths are reported.
import warnings
import numpy as np

for x in [[1.5, 2], [2.9, 0.2], np.array([1.5, 2.0]), np.array([1, 2], dtype=np.float32), np.array([], dtype=float),
          [True, False], np.array([1, 2], dtype=np.uint64), [], [[1, 2]], np.array([[1, 2]]), np.array(3), [-1.5]]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            print(repr(np.bincount(x)), [str(w.message) for w in caught])
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
