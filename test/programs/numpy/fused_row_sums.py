# Fused sums over 2-d broadcasts (x[:, None] + y[None, :], m - v, reversed rows, float32): summed row by row
# in registers, with NumPy's pairwise digits for every row length (leaves that cross a row's end included)
import numpy as np
rng = np.random.default_rng(3)
for (R, C) in [(4000, 4000), (7, 3), (1000, 1), (3, 129), (300, 257), (5, 128), (2, 5), (1, 200000), (200000, 3), (333, 1000)]:
    x, y = rng.random(R), rng.random(C)
    s = (x[:, None] + y[None, :]).sum()
    t = (x[:, None] * 2.0 - y[None, :] ** 2).sum()
    m = rng.random((R, C)); v = rng.random(C)
    u = ((m - v) ** 2).sum()
    w = (m[::-1] * v).mean()
    f = m.astype(np.float32); g = v.astype(np.float32)
    q = (f * g + 1).sum()
    print(R, C, repr(s), repr(t), repr(u), repr(w), repr(q))
