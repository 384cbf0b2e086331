# float64 products keep NumPy's last bits: 1x1 results through ddot, matrix-vector through dgemv
# ('T' for row-contiguous, 'N' for column-contiguous matrices), matrix products through the SkylakeX
# small dgemm kernels (nn with its dot-style remainder columns, nt, tn, tt) and A.T @ A through dsyrk.
import numpy as np

rng = np.random.default_rng(2024)


def check(c):
    # an exact checksum of every bit of every element
    return int((c.view(np.int64) % 1000003).sum())


def layouts(x):
    wide = np.zeros((x.shape[0], 2 * x.shape[1]))
    wide[:, ::2] = x
    return {"C": x, "F": np.asfortranarray(x), "cols": wide[:, ::2], "rows": np.repeat(x, 2, axis=0)[::2]}


for n, k, m in [(2, 3, 2), (3, 16, 3), (5, 17, 12), (4, 40, 9), (7, 33, 4), (12, 64, 20), (30, 35, 40), (1, 50, 7), (9, 50, 1)]:
    a = rng.normal(size=(n, k))
    b = rng.normal(size=(k, m))
    results = []
    for la, x in layouts(a).items():
        for lb, y in layouts(b).items():
            results.append(f"{la}{lb}:{check(x @ y)}")
    print((n, k, m), " ".join(results))

for k in [1, 2, 3, 7, 15, 16, 17, 31, 32, 33, 100, 257]:
    u = rng.normal(size=k)
    v = rng.normal(size=k)
    print(k, repr(u @ v), repr(np.dot(u, v)), repr(u[::-1] @ v), repr(np.dot(u[::2], v[::2])), repr(u.dot(v)))

for rows, cols in [(3, 3), (10, 4), (50, 3), (100, 6), (40, 11)]:
    x = rng.normal(size=(rows, cols))
    y = rng.normal(size=rows)
    print((rows, cols), check(x.T @ x), check(x.T @ y), check(x @ x[0]), check(y @ x), check(x @ x[:cols].T))

# a least-squares fit through the normal equations prints the same digits
t = np.linspace(0, 10, 50)
design = np.column_stack([np.ones_like(t), t, t ** 2])
obs = 1.5 - 0.7 * t + 0.12 * t ** 2 + np.sin(3 * t) / 4
gram = design.T @ design
print(gram)
print(repr(gram[1, 2]), repr(np.linalg.det(gram)))
print(np.linalg.solve(gram, design.T @ obs))
