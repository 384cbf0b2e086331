# whole program: grids stencils kmeans (recorded from python3)
# cellular automata, heat equation, convolution, kmeans
import numpy as np

def life_step(g):
    n = sum(np.roll(np.roll(g, i, 0), j, 1) for i in (-1, 0, 1) for j in (-1, 0, 1) if (i, j) != (0, 0))
    return ((n == 3) | ((g == 1) & (n == 2))).astype(np.uint8)

g = np.zeros((8, 8), dtype=np.uint8)
g[1, 2] = g[2, 3] = g[3, 1] = g[3, 2] = g[3, 3] = 1
for step in range(4):
    g = life_step(g)
print(g)
print("alive:", g.sum(), g.dtype, np.argwhere(g))
for row in g:
    print("".join("#" if c else "." for c in row))

# heat equation
nx = 11
u = np.zeros(nx)
u[nx // 2] = 1.0
alpha = 0.25
for _ in range(20):
    u[1:-1] = u[1:-1] + alpha * (u[2:] - 2 * u[1:-1] + u[:-2])
print(np.round(u, 4))
print(u.sum(), u.max(), u.argmax())
T = np.zeros((6, 6))
T[0, :] = 100
for _ in range(50):
    T[1:-1, 1:-1] = 0.25 * (T[:-2, 1:-1] + T[2:, 1:-1] + T[1:-1, :-2] + T[1:-1, 2:])
np.set_printoptions(precision=2, suppress=True)
print(T)
np.set_printoptions()

# image convolution
img = np.arange(36, dtype=float).reshape(6, 6)
k = np.array([[0, 1, 0], [1, -4, 1], [0, 1, 0]])
out = np.zeros((4, 4))
for i in range(4):
    for j in range(4):
        out[i, j] = (img[i:i + 3, j:j + 3] * k).sum()
print(out)
from numpy.lib.stride_tricks import sliding_window_view
win = sliding_window_view(img, (3, 3))
print(win.shape, np.einsum("ijkl,kl->ij", win, k))
blur = win.mean(axis=(2, 3))
print(blur)
pad = np.pad(img, 1, mode="edge")
print(pad[:3, :4])

# kmeans
rng = np.random.default_rng(3)
centers_true = np.array([[0, 0], [5, 5], [0, 6]])
pts = np.vstack([c + rng.normal(0, 0.8, (30, 2)) for c in centers_true])
k = 3
cent = pts[rng.choice(len(pts), k, replace=False)]
for it in range(20):
    d = np.linalg.norm(pts[:, None, :] - cent[None, :, :], axis=2)
    lab = d.argmin(axis=1)
    new = np.array([pts[lab == j].mean(axis=0) for j in range(k)])
    if np.allclose(new, cent):
        break
    cent = new
print("iterations", it)
order = np.lexsort((cent[:, 1], cent[:, 0]))
print(np.round(cent[order], 3))
print(np.bincount(lab, minlength=k))
inertia = sum(((pts[lab == j] - cent[j]) ** 2).sum() for j in range(k))
print(f"inertia {inertia:.4f}")
print(d[:3])
