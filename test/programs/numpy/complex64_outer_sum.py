# complex64 additions along outer axes round both parts to float32 at every step, as NumPy's loop does
import numpy as np
rng = np.random.default_rng(3)
a = (rng.standard_normal((9, 17)) * 100).astype(np.complex64)
print(repr(np.sum(a, axis=0)))
print(repr(np.nansum(a, axis=-2, keepdims=True)))
b = rng.random((5, 1, 3)).astype(np.complex64)
print(repr(np.sum(b, axis=0)), repr(np.sum(b, axis=(0, 1))))
c = (rng.standard_normal((2, 3, 4)) * 100).astype(np.complex64)
print(repr(np.sum(c, axis=(0, 1), keepdims=True)))
print(repr(np.var(rng.random((9, 17)).astype(np.complex64), axis=0)))
print(repr(np.mean(c, axis=0)))
