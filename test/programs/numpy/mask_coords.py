# nonzero and boolean-mask indexing over 1-d, n-d and strided masks (maskCoords.ts)
import numpy as np
rng = np.random.default_rng(11)
x = rng.standard_normal(20).round(3)
m = x > 0
print(x[m], np.nonzero(m), np.nonzero(x.reshape(4, 5) > 0.5), x.reshape(4, 5)[x.reshape(4, 5) > 0], np.flatnonzero(m), np.argwhere(x.reshape(2, 10) < -1))
y = x.reshape(4, 5)
print(y[y[:, 0] > 0], y[:, y[0] > 0], y[::-1, ::2][y[::-1, ::2] > 0], np.nonzero(np.zeros(0)))
try:
    np.nonzero(np.array(3))
except ValueError as e:
    print(e)
z = x.copy(); z[z < 0] = 0; print(z, np.where(x > 0)[0], np.count_nonzero(m), np.extract(m, x), np.compress(m, x))
b = np.zeros((3, 3, 3), bool); b[1, 2, 0] = b[2, 0, 1] = True; print(np.nonzero(b), np.arange(27).reshape(3, 3, 3)[b])
