# Routine details: flatten() owns its data, ndarray.dot's "not aligned" error, intersect1d with
# return_indices, setdiff1d with assume_unique, np.pad with a function mode and its kwargs,
# trim_zeros keeping a list/tuple input's type
import numpy as np
a = np.arange(12).reshape(3, 4)
print(a.flatten().base is None, a.T.flatten('F').base is None, a.ravel().base is a, a.flatten()[:3])
try:
    np.ones((2, 2)).dot(np.ones(3))
except ValueError as e:
    print(e)
print(np.ones((2, 3)).dot(np.ones(3)), np.arange(3).dot(np.arange(3)))
x = np.array([1, 2, 3, 2, 4]); y = np.array([2, 4, 6, 4])
print(np.intersect1d(x, y, return_indices=True), np.intersect1d([[5, 1], [1, 7]], [7, 5], return_indices=True))
print(np.setdiff1d([5, 1, 5, 3], [1], assume_unique=True), np.setdiff1d([5, 1, 5, 3], [1]))
def pad_with(vector, pad_width, iaxis, kwargs):
    pad_value = kwargs.get('padder', 10)
    vector[:pad_width[0]] = pad_value
    vector[-pad_width[1]:] = pad_value
print(np.pad(np.arange(6).reshape(2, 3), 2, pad_with))
print(np.pad(np.arange(6).reshape(2, 3), 2, pad_with, padder=100))
def ramp(vector, width, axis, kwargs):
    if width[0]:
        vector[:width[0]] = vector[width[0]] - np.arange(width[0], 0, -1)
print(np.pad(np.arange(1.0, 4.0), (2, 1), ramp), np.pad(np.arange(1.0, 4.0), (2, 1), mode=ramp))
print(np.pad(np.arange(6.0).reshape(2, 3), ((0, 0), (1, 1)), mode='mean'))
print(np.trim_zeros([0, 1, 2, 0]), np.trim_zeros((0, 1, 0)), np.trim_zeros([0, 1, 0], 'b'), np.trim_zeros(np.array([0, 0, 3, 0])))
