# An array beside a list or tuple multiplies or adds elementwise (either order, 0-d arrays too), while a NumPy integer scalar repeats the sequence as CPython sq_repeat does
import numpy as np
a = np.array([1, 2])
print(a * [2, 3], [2, 3] * a, a * (4, 5), (4, 5) * a, a + [1, 1], [1, 1] + a)
print(np.array(2) * [1, 2], [1, 2] * np.array(2), np.int64(2) * [1, 2], [1, 2] * np.int64(2), (7,) * np.int32(3))
print('ab' * np.int64(2), np.int64(3) * 'x')
try:
    print('ab' * np.array(2))
except TypeError as e:
    print('TypeError', e)
print(np.array([1.5, 2.5]) * [2, 2], [True] * np.int8(2))
