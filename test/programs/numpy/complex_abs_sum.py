# Last-digit agreement for complex magnitudes and sums: abs(complex) and np.hypot are libm's hypot,
# np.abs on complex arrays is NumPy's own formula, complex sums are pairwise like float sums
import numpy as np
rng = np.random.default_rng(0)
z = rng.uniform(-10, 10, 400) * 10.0 ** rng.integers(-3, 3, 400) + 1j * rng.uniform(-10, 10, 400)
print([abs(complex(v)) for v in z[:6]])
print([abs(v) for v in z[6:10]], abs(np.complex64(z[3])), type(abs(np.complex64(z[3]))).__name__)
print(np.hypot(z.real, z.imag)[:6].tolist())
print(np.abs(z)[:6].tolist(), np.abs(z[:9]).tolist()[-3:], [float(np.abs(v)) for v in z[:3]])
print(np.abs(z).sum(), np.abs(z[::3]).sum(), np.abs(z.astype(np.complex64)).sum())
print(np.sqrt(z[:4]).tolist())
for n in [2, 3, 5, 8, 9, 17, 64, 65, 100, 129, 400]:
    print(n, z[:n].sum(), z[:n].astype(np.complex64).sum(), z[:n:3].sum())
Z = z.reshape(20, 20)
print(Z.sum(), Z.T.sum(), Z.sum(axis=1)[:2], Z.mean(), Z[::2, 1::3].sum())
print(abs(3 + 4j), abs(complex(1e308, 1e308)) if False else abs(1.5 + 2.5j), (1.5 + 2.5j) ** 0.5)
try:
    abs(complex(1e308, 1e308))
except OverflowError as e:
    print(type(e).__name__, e)
