import numpy as np
np.random.seed(0)
Z = np.random.randint(0, 10, (3, 3)); print(Z[Z[:, 1].argsort()])
Z = np.random.randint(0, 3, (3, 10)); print((~Z.any(axis=0)).any())
Z = np.random.uniform(0, 1, 10); z = 0.5; m = Z.flat[np.abs(Z - z).argmin()]; print(round(float(m), 6))
A = np.arange(3).reshape(3, 1); B = np.arange(3).reshape(1, 3); it = np.nditer([A, B, None]) if False else None
Z = np.ones(10); I = np.random.randint(0, len(Z), 20); Z += np.bincount(I, minlength=len(Z)); print(Z)
X = [1, 2, 3, 4, 5, 6]; I = [1, 3, 9, 3, 4, 1]; F = np.bincount(I, X); print(F)
w, h = 16, 16; I = np.random.randint(0, 2, (h, w, 3)).astype(np.ubyte); F = I[..., 0].astype(int) * (256 * 256) + I[..., 1].astype(int) * 256 + I[..., 2]; print(len(np.unique(F)))
A = np.random.randint(0, 10, (3, 4, 3, 4)); print(A.sum(axis=(-2, -1)).shape, A.reshape(A.shape[:-2] + (-1,)).sum(axis=-1)[0])
D = np.random.uniform(0, 1, 100); S = np.random.randint(0, 10, 100); D_sums = np.bincount(S, weights=D); D_counts = np.bincount(S); print((D_sums / D_counts).round(4))
A = np.random.uniform(0, 1, (5, 5)); B = np.random.uniform(0, 1, (5, 5)); print(np.allclose(np.diag(np.dot(A, B)), np.einsum("ij,ji->i", A, B)))
Z = np.array([1, 2, 3, 4, 5]); nz = 3; Z0 = np.zeros(len(Z) + (len(Z) - 1) * (nz)); Z0[::nz + 1] = Z; print(Z0)
A = np.ones((5, 5, 3)); B = 2 * np.ones((5, 5)); print((A * B[:, :, None]).shape)
A = np.arange(25).reshape(5, 5); A[[0, 1]] = A[[1, 0]]; print(A[:2])
faces = np.random.randint(0, 100, (10, 3)); F = np.roll(faces.repeat(2, axis=1), -1, axis=1); F = F.reshape(len(F) * 3, 2); F = np.sort(F, axis=1); G = F.view(dtype=[('p0', F.dtype), ('p1', F.dtype)]); G = np.unique(G); print(len(G))
C = np.bincount([1, 1, 2, 3, 4, 4, 6]); A = np.repeat(np.arange(len(C)), C); print(A)
def moving_average(a, n=3):
    ret = np.cumsum(a, dtype=float); ret[n:] = ret[n:] - ret[:-n]; return ret[n - 1:] / n
print(moving_average(np.arange(20)))
from numpy.lib import stride_tricks
def rolling(a, window):
    shape = (a.size - window + 1, window); strides = (a.strides[0], a.strides[0]); return stride_tricks.as_strided(a, shape=shape, strides=strides)
print(rolling(np.arange(10), 3)[:3])
Z = np.random.randint(0, 2, 100); np.logical_not(Z, out=Z); print(Z[:10])
Z = np.random.uniform(-1.0, 1.0, 100); np.negative(Z, out=Z); print(Z.shape)
Z = np.random.randint(0, 5, (10, 3)); E = np.all(Z[:, 1:] == Z[:, :-1], axis=1); U = Z[~E]; print(U.shape)
I = np.array([0, 1, 2, 3, 15, 16, 32, 64, 128]); B = ((I.reshape(-1, 1) & (2 ** np.arange(8))) != 0).astype(int); print(B[:, ::-1][-2:])
print(np.unpackbits(I[:, np.newaxis].astype(np.uint8), axis=1)[-2:] if hasattr(np, 'unpackbits') else '')
Z = np.random.randint(0, 2, (6, 3)); T = np.ascontiguousarray(Z).view(np.dtype((np.void, Z.dtype.itemsize * Z.shape[1]))); _, idx = np.unique(T, return_index=True); uZ = Z[idx]; print(uZ.shape)
A = np.random.uniform(0, 1, 10); B = np.random.uniform(0, 1, 10); print(np.einsum('i->', A).round(6), np.einsum('i,i->i', A, B).shape, np.einsum('i,i', A, B).round(6), np.einsum('i,j->ij', A, B).shape)
X = np.random.randn(100); N = 1000; idx = np.random.randint(0, X.size, (N, X.size)); means = X[idx].mean(axis=1); confint = np.percentile(means, [2.5, 97.5]); print(confint.round(4))
