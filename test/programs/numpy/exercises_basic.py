import numpy as np
np.seterr(all='ignore')
print(np.__version__)
Z = np.zeros(10); Z[4] = 1; print(Z)
Z = np.arange(10, 50); print(Z[::-1][:5])
Z = np.arange(9).reshape(3, 3); print(Z)
print(np.nonzero([1, 2, 0, 0, 4, 0]))
Z = np.eye(3); print(Z)
np.random.seed(1); Z = np.random.random((3, 3, 3)); print(Z.shape, Z.min().round(3))
Z = np.random.random((10, 10)); print(Z.min() < Z.max())
Z = np.ones((10, 10)); Z[1:-1, 1:-1] = 0; print(Z[:3, :3])
Z = np.pad(np.ones((3, 3)), pad_width=1, mode='constant', constant_values=0); print(Z)
print(0 * np.nan, np.nan == np.nan, np.inf > np.nan, np.nan - np.nan, np.nan in set([np.nan]), 0.3 == 3 * 0.1)
Z = np.diag(1 + np.arange(4), k=-1); print(Z)
Z = np.zeros((8, 8), dtype=int); Z[1::2, ::2] = 1; Z[::2, 1::2] = 1; print(Z)
print(np.unravel_index(99, (6, 7, 8)))
Z = np.tile(np.array([[0, 1], [1, 0]]), (4, 4)); print(Z.shape)
Z = np.random.random((5, 5)); Z = (Z - np.mean(Z)) / (np.std(Z)); print(Z.shape)
color = np.dtype([("r", np.ubyte), ("g", np.ubyte), ("b", np.ubyte), ("a", np.ubyte)]); print(color)
Z = np.dot(np.ones((5, 3)), np.ones((3, 2))); print(Z)
Z = np.arange(11); Z[(3 < Z) & (Z < 8)] *= -1; print(Z)
print(sum(range(5), -1))
Z = np.arange(5); print(Z ** Z, 2 << Z >> 2, Z < -Z, 1j * Z, Z / 1 / 1)
print(np.array(0) / np.array(0), np.array(0) // np.array(0), np.array([np.nan]).astype(int).dtype)
Z = np.random.uniform(-10, +10, 10); print(np.copysign(np.ceil(np.abs(Z)), Z).shape)
Z1 = np.random.randint(0, 10, 10); Z2 = np.random.randint(0, 10, 10); print(np.intersect1d(Z1, Z2))
print(np.sqrt(-1) == np.emath.sqrt(-1))
yesterday = np.datetime64('today') if False else None
Z = np.random.uniform(0, 10, 10); print((Z - Z % 1).shape, np.floor(Z).shape, Z.astype(int).shape, np.trunc(Z).shape)
Z = np.zeros((5, 5)); Z += np.arange(5); print(Z)
def generate():
    for x in range(10):
        yield x
Z = np.fromiter(generate(), dtype=float, count=-1); print(Z)
Z = np.linspace(0, 1, 11, endpoint=False)[1:]; print(Z)
Z = np.random.random(10); Z.sort(); print(Z.shape)
Z = np.arange(10); print(np.add.reduce(Z))
A = np.random.randint(0, 2, 5); B = np.random.randint(0, 2, 5); print(np.allclose(A, B), np.array_equal(A, B))
Z = np.zeros(10); Z.flags.writeable = False
try:
    Z[0] = 1
except ValueError as e:
    print(e)
Z = np.random.random((10, 2)); X, Y = Z[:, 0], Z[:, 1]; R = np.sqrt(X**2 + Y**2); T = np.arctan2(Y, X); print(R.shape, T.shape)
Z = np.random.random(10); Z[Z.argmax()] = 0; print(Z.shape)
Z = np.zeros((5, 5), [('x', float), ('y', float)]); Z['x'], Z['y'] = np.meshgrid(np.linspace(0, 1, 5), np.linspace(0, 1, 5)); print(Z[0])
X = np.arange(8); Y = X + 0.5; C = 1.0 / np.subtract.outer(X, Y); print(C[:2, :3])
for dtype in [np.int8, np.int32, np.int64]:
    print(np.iinfo(dtype).min, np.iinfo(dtype).max)
for dtype in [np.float32, np.float64]:
    print(np.finfo(dtype).min, np.finfo(dtype).max, np.finfo(dtype).eps)
np.set_printoptions(threshold=5)
Z = np.zeros((40, 40)); print(Z)
