# NumPy's complex multiply/square loops fuse one product per part (FMA); scalar operators do not
import numpy as np
rng = np.random.default_rng(0)
a = rng.normal(size=300) + 1j * rng.normal(size=300)
b = rng.normal(size=300) + 1j * rng.normal(size=300)
m = a * b
print(m[:4].tolist())
print(m.sum(), (a[::3] * b[::3]).sum(), np.multiply(a, b[0]).sum(), (a * (2 + 3j)).sum())
print(np.square(a).sum(), (a ** 2).sum(), (a ** 3).sum(), (a * a).sum())
print([a[i] * b[i] for i in range(3)], np.multiply(a[0], b[0]), a[5] * complex(b[5]), a[1] * b[1] * a[2], np.array(a[4]) * b[4])
a32, b32 = a.astype(np.complex64), b.astype(np.complex64)
print((a32 * b32)[:3], (a32 * b32).sum(), np.square(a32).sum(), a32[3] * b32[3])
with np.errstate(all='ignore'):
    x = np.array([np.inf + 1j, 1e300 + 1e300j, 0j, np.nan + 0j, 1e-200 + 1e-200j])
    print(x * x, x * (1 + 1j), np.square(x))
C = np.linspace(-2, 0.5, 30)[None, :] + 1j * np.linspace(-1, 1, 9)[:, None]
Z = np.zeros_like(C)
for k in range(25):
    mask = np.abs(Z) <= 2
    Z[mask] = Z[mask] ** 2 + C[mask]
print(np.abs(Z[np.abs(Z) <= 2]).max(), Z[4, :4])
