import numpy as np
np.random.seed(42)
Z = np.arange(10, dtype=np.float32); Z = Z.astype(np.int32, copy=False); print(Z.dtype)
Z = np.arange(9).reshape(3, 3)
for index, value in np.ndenumerate(Z):
    if index[0] == 1: print(index, value)
X, Y = np.meshgrid(np.linspace(-1, 1, 5), np.linspace(-1, 1, 5)); D = np.sqrt(X * X + Y * Y); sigma, mu = 1.0, 0.0; G = np.exp(-((D - mu) ** 2 / (2.0 * sigma ** 2))); print(G.round(3))
n = 10; p = 3; Z = np.zeros((n, n)); np.put(Z, np.random.choice(range(n * n), p, replace=False), 1); print(Z.sum())
X = np.random.rand(5, 10); Y = X - X.mean(axis=1, keepdims=True); print(Y.mean(axis=1).round(10))
Z = np.random.randint(0, 10, (3, 3)); print(Z[Z[:, 1].argsort()])
Z = np.arange(10); np.add.at(Z, [0, 0, 1], 1); print(Z)
Z = np.random.randint(0, 10, 50); print(np.bincount(Z).argmax())
Z = np.random.randint(0, 5, (10, 10)); n = 3; i = 1 + (Z.shape[0] - 3); j = 1 + (Z.shape[1] - 3); C = np.lib.stride_tricks.as_strided(Z, shape=(i, j, n, n), strides=Z.strides + Z.strides); print(C.shape, C[0, 0])
class Symetric(np.ndarray):
    def __setitem__(self, index, value):
        i, j = index
        super(Symetric, self).__setitem__((i, j), value)
        super(Symetric, self).__setitem__((j, i), value)
def symetric(Z):
    return np.asarray(Z + Z.T - np.diag(Z.diagonal())).view(Symetric)
S = symetric(np.random.randint(0, 10, (5, 5))); S[2, 3] = 42; print(S[3, 2], S[2, 3])
p, n = 10, 20; M = np.ones((p, n, n)); V = np.ones((p, n, 1)); S = np.tensordot(M, V, axes=[[0, 2], [0, 1]]); print(S.shape, S[0])
Z = np.ones((16, 16)); k = 4; S = np.add.reduceat(np.add.reduceat(Z, np.arange(0, Z.shape[0], k), axis=0), np.arange(0, Z.shape[1], k), axis=1) if False else None
Z = np.arange(10000); np.random.shuffle(Z); n = 5; print(Z[np.argsort(Z)[-n:]], Z[np.argpartition(-Z, n)[:n]].shape)
def cartesian(arrays):
    arrays = [np.asarray(a) for a in arrays]
    shape = (len(x) for x in arrays)
    ix = np.indices(shape, dtype=int)
    ix = ix.reshape(len(arrays), -1).T
    for n, arr in enumerate(arrays):
        ix[:, n] = arrays[n][ix[:, n]]
    return ix
print(cartesian(([1, 2, 3], [4, 5], [6, 7]))[:4])
Z = np.array([("Hello", 2.5, 3), ("World", 3.6, 2)]); R = np.rec.fromarrays(Z.T, names='col1, col2, col3', formats='S8, f8, i8') if False else None
x = np.random.rand(int(5e3)); print(np.power(x, 3).shape, (x * x * x).shape, np.einsum('i,i,i->i', x, x, x).shape)
A = np.random.randint(0, 5, (8, 3)); B = np.random.randint(0, 5, (2, 2)); C = (A[..., np.newaxis, np.newaxis] == B); rows = np.where(C.any((3, 1)).all(1))[0]; print(rows)
X = np.asarray([[1.0, 0.0, 3.0, 8.0], [2.0, 0.0, 1.0, 1.0], [1.5, 2.5, 1.0, 0.0]]); n = 4; M = np.logical_and.reduce(np.mod(X, 1) == 0, axis=-1); M &= (X.sum(axis=-1) == n); print(X[M])
Z = np.arange(10); print(np.median(Z), np.percentile(Z, [25, 75]), np.var(Z), np.std(Z).round(6))
print(np.array([1, 2, 3]) @ np.array([4, 5, 6]), np.cross([1, 0, 0], [0, 1, 0]) if hasattr(np, 'cross') else '')
a = np.array([[1, 2], [3, 4]]); print(np.kron(a, np.eye(2)) if hasattr(np, 'kron') else '')
