# 0-d arrays take a single int axis of 0 or -1 in reductions and squeeze (NumPy's leniency; a tuple or
# any other axis is an AxisError); NumPy scalars reduce through that path (sum promotes as an array's does)
# and np.squeeze keeps a scalar a scalar.
import numpy as np
z = np.array(0.)
s = np.float64(0)
for f in [lambda: z.sum(axis=(0,)), lambda: z.sum(axis=(0, -1)), lambda: z.sum(axis=-1), lambda: z.sum(axis=1), lambda: z.max(axis=0), lambda: np.add.reduce(z, axis=0),
          lambda: z.any(axis=-1), lambda: z.squeeze(axis=(0,)), lambda: z.squeeze(axis=1), lambda: z.prod(axis=0, keepdims=True), lambda: z.squeeze(axis=0), lambda: np.sum(z, axis=0),
          lambda: np.squeeze(z, axis=-1), lambda: z.min(axis=-1), lambda: np.add.reduce(z),
          lambda: s.sum(axis=1), lambda: s.sum(axis=0), lambda: np.squeeze(s, axis=0), lambda: s.squeeze(axis=0), lambda: s.max(axis=1), lambda: s.argmax(axis=1)]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(repr(np.int8(3).sum()), repr(np.bool_(True).sum()), repr(np.float32(2).sum()), repr(np.uint16(3).sum(dtype=np.int8)), repr(np.complex64(1j).sum()))
