# a[idx] with one integer index array on any axis (the typed-array gather), 0-d index arrays, errors
import numpy as np
a = np.arange(24.0).reshape(2, 3, 4)
i = np.array([2, 0, -1, 1])
print(a[:, i], a[1][i], a[0, :, [3, 0]], a[i % 2], a[:, :, i].shape, a[..., np.array([[1, 2], [3, 0]])])
b = np.arange(10, dtype=np.int16)
print(b[i], b[::-2][i], np.arange(10, dtype=np.complex128)[i], np.array(list('abcdefghij'))[i])
s = np.zeros(5, dtype=[('x', 'i4'), ('y', 'f8')])
s['x'] = np.arange(5)
print(s[i])
big = np.arange(1000.0).reshape(10, 100)
print(big[np.array([9, 0])][:, ::33], big[::2][np.array([1, -1])][:, -3:])
try:
    b[np.array([3, 10])]
except IndexError as e:
    print(e)
try:
    a[:, np.array([-4])]
except IndexError as e:
    print(e)
print(b[np.array([], dtype=np.int64)], a[np.zeros((0, 2), dtype=int)].shape)
print(np.arange(5.0)[np.array(3)], type(np.arange(5.0)[np.array(3)]))
