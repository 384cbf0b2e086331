# np.cross of 2-element vectors (deprecated since NumPy 2.0: a warning, and a 0-d array for two of
# them), and the "not aligned" messages of np.inner and N-d np.dot.
import warnings
import numpy as np

for a, b in [([1, 2], [3, 4]), ([1, 2], [3, 4, 5]), ([1, 2, 3], [3, 4]), ([[1, 2]], [[3, 4]]), ([1.0, 2], [3, 4]), ([1, 2, 3], [4, 5, 6])]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        print(repr(np.cross(a, b)), [str(w.message) for w in caught])
for a, b in [((2,), (3,)), ((2, 3), (4, 5)), ((3,), (2, 4)), ((2, 2, 3), (2,)), ((2, 3), (2, 4, 2))]:
    try:
        np.inner(np.ones(a), np.ones(b))
    except ValueError as e:
        print("inner", e)
for a, b in [((2, 2, 3), (2, 2)), ((2, 3), (2, 2, 2)), ((2, 2, 3), (2, 3, 2))]:
    try:
        print(np.dot(np.ones(a), np.ones(b)).shape)
    except ValueError as e:
        print("dot", e)
print(np.inner(np.arange(6).reshape(2, 3), np.arange(6).reshape(2, 3)), np.dot(np.ones((2, 2, 3)), np.ones((3, 2))).shape)
