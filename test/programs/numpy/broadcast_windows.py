# np.broadcast objects (shape, nd, size, numiter, iters, index, iteration, reset), np.vander,
# the signal windows (bartlett, blackman, hamming, hanning, kaiser) and np.i0
import numpy as np
for M in [0, 1, 2, 5, 8]:
    print(M, np.bartlett(M), np.blackman(M), np.hamming(M), np.hanning(M))
print(np.kaiser(6, 14), np.kaiser(1, 3), np.kaiser(5, 0))
print(np.i0([0, 1, 2.5, 8, 9, 20, -3]), np.i0(0.5), repr(np.i0(3)))
print(np.vander([1, 2, 3]), np.vander([1, 2], 3, increasing=True), np.vander(np.array([0.5, 2]), 4), np.vander([1j, 2], 3))
b = np.broadcast(np.arange(3), np.arange(3)[:, None])
print(b.shape, b.nd, b.ndim, b.size, b.numiter, b.index)
print(list(b)[:4], b.index)
b.reset(); print(next(iter(b)), b.index)
print([np.array(list(it)) for it in np.broadcast([1, 2], [[3], [4]]).iters])
x = np.array([[1], [2], [3]]); y = np.array([4, 5, 6])
out = np.empty(np.broadcast(x, y).shape)
out.flat = [u + v for (u, v) in np.broadcast(x, y)]
print(out)
try:
    np.broadcast(np.ones(2), np.ones(3))
except ValueError as e:
    print(e)
