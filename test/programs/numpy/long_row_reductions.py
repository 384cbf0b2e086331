# Reductions over axis 0 of big matrices: past a few MB the columns are shared with the helper thread,
# and every column must keep NumPy's digits (the rows are added in order, column by column).
import numpy as np

rng = np.random.default_rng(1)
for shape in [(2000, 2000), (3001, 1537), (700, 4099)]:
    m = rng.random(shape) * 100 - 30
    f = m.astype(np.float32)
    print(shape, repr(m.sum(axis=0)[[0, 1, -1]]), repr(m.mean(axis=0)[-5:]), repr(m.var(axis=0)[:3]))
    print(repr((m - m.mean(axis=0)).std(axis=0)[-3:]), repr(f.sum(axis=0)[[0, 5, -1]]), repr(f.std(axis=0)[:3]))
    print(repr(np.add.reduce(m[::2], axis=0)[:2]), repr(m.sum(axis=0, keepdims=True).shape))
    # every column, bit for bit
    for r in (m.sum(axis=0), m.mean(axis=0), np.var(m, axis=0), (m - m.mean(axis=0)).std(axis=0), f.var(axis=0)):
        print(r.dtype, r.tobytes().hex()[::97])
