# Reductions over every axis of a contiguous array run as one pairwise sum over its memory (C or
# Fortran order), as NumPy's iterator coalesces them; fused sums of expressions give the same digits.
import numpy as np
rng = np.random.default_rng(11)
m = rng.random((300, 457))
print(repr(m.sum()), repr(m.T.sum()), repr(np.asfortranarray(m).sum()), repr(m.mean()), repr(m.T.mean()))
print(repr(m.prod() > 0), repr(m[::2].sum()), repr(m[:, ::-1].sum()), repr(m.astype(np.float32).sum()))
x, y = rng.random(1000), rng.random(777)
print(repr((x[:, None] + y[None, :]).sum()), repr((x[:, None] * y).mean()), repr(np.sum(x[::3] * 2 - 1)))
a, b = rng.random(100003), rng.random(100003)
print(repr(((a - b)**2).mean()), repr(np.mean(a * b + 1)), repr(((a - b)**2).sum()))
f, g = a.astype(np.float32), b.astype(np.float32)
print(repr((f * g).sum()), repr((f - g).mean()), repr(np.mean(f ** 2 + 0.5)))
t = rng.random((40, 30))
print(repr((t.T * 2 + t.T).sum()), repr((t * 2 + 1).sum()), repr(np.sum(np.sqrt(t) - t)))
# non-contiguous arrays: NumPy's buffered iterator sums chunks of whole rows (up to 8192 elements)
for shape, sl in [((3000, 1000), np.s_[::2]), ((500, 3001), np.s_[::3]), ((2000, 37), np.s_[::2]), ((100, 100000), np.s_[::2]), ((64, 64, 64), np.s_[::2, :, :]), ((64, 64, 64), np.s_[:, ::2, ::-1]), ((50, 60, 70), np.s_[::-1, 1:, ::3])]:
    v = rng.random(shape)[sl]
    print(shape, repr(v.sum()), repr(v.mean()), repr(v.T.sum()), repr(v.astype(np.float32).sum()))
print(repr(np.transpose(rng.random((20, 30, 40)), (1, 0, 2))[:, ::2].sum()), repr(np.int64(3) * np.arange(10).reshape(2, 5)[:, ::2].sum()))
