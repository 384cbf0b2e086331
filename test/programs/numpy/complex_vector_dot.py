# complex128 vector products (@, np.dot, np.vdot, np.inner) sum in OpenBLAS zdot's order
import numpy as np
for n in [1, 2, 3, 5, 8, 9, 16, 17, 31, 64]:
    rng = np.random.default_rng(n)
    z = rng.random(n) + 1j * rng.random(n)
    w = rng.random(n) + 1j * rng.random(n)
    print(n, z @ w, np.dot(z, w), np.vdot(z, w), z.conj() @ z, np.inner(z, w))
    print(z[::2] @ w[::2], np.dot(z[::-1], w), np.vdot(w, z))
x = np.linspace(-np.pi, np.pi, 9)
z = x + 1j * x[::-1]
print(z.conj() @ z, np.linalg.norm(z) ** 2)
print(np.inner(np.arange(5.), np.linspace(0, 1, 5)), np.inner([1, 2], [3, 4]))
try:
    np.vdot([1, 2], [1, 2, 3])
except ValueError as e:
    print(e)
