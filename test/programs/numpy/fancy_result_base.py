# An advanced-indexing result whose index dimensions are not outermost is a transposed view of a buffer
# in NumPy's memory order: the buffer is its base (so owndata is False); writing to it leaves the source alone.
import numpy as np
a = np.arange(12).reshape(3, 4)
b = np.arange(24).reshape(2, 3, 4)
f = np.asfortranarray(a)
for r in [a[:, [0, 1]], a[[0, 1], :], b[:, [0, 1], :], b[:, :, [0, 1]], b[0, :, [0, 1]], b[:, [0, 1], [0, 1]], b[..., [1]],
          a[:, np.array([True, False, True, False])], f[[0, 1]], f[:, [2, 0]], a[1:, [0]], a[:, [[0], [1]]]]:
    base = r.base
    print(r.shape, r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.flags.owndata,
          None if base is None else (type(base).__name__, base.shape, base.strides, base.base is None))
    r[...] = -1
    print(a.sum(), b.sum(), f.sum())
