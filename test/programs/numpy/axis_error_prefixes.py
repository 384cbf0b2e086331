# AxisError texts name the argument where NumPy does (swapaxes/diagonal/trace "axis2: …",
# moveaxis "source: …", average "axis: …"), rollaxis's start check and rot90's axes check
import numpy as np
a = np.ones((2, 3))
tests = [lambda: np.diagonal(a, 0, 0, 5), lambda: np.rollaxis(a, 5), lambda: np.rollaxis(a, 0, 5), lambda: np.trace(a, 0, 0, 4),
         lambda: np.expand_dims(a, 5), lambda: np.squeeze(a, 4), lambda: np.flip(a, 3), lambda: np.roll(a, 1, 3),
         lambda: np.take(a, [0], axis=3), lambda: np.concatenate([a, a], 3), lambda: np.stack([a, a], 4),
         lambda: np.cumsum(a, 3), lambda: np.diff(a, axis=3), lambda: np.rot90(a, axes=(0, 3)), lambda: np.rot90(a, axes=(0,)),
         lambda: np.delete(a, 0, 3), lambda: np.repeat(a, 2, 3), lambda: np.median(a, axis=3), lambda: np.ptp(a, 3),
         lambda: np.argmax(a, 3), lambda: np.mean(a, 3), lambda: a.swapaxes(0, 3), lambda: np.swapaxes(a, 3, 0),
         lambda: np.average(a, axis=3), lambda: np.moveaxis(a, 3, 0), lambda: np.moveaxis(a, 0, -4), lambda: a.sum(axis=(0, 0))]
for i, f in enumerate(tests):
    try:
        f()
        print(i, 'ok')
    except Exception as e:
        print(i, type(e).__name__, e)
b = np.arange(24).reshape(2, 3, 4)
print(np.trace(b, axis1=1, axis2=2), np.trace(b, 1, 0, 2), b.trace(axis1=0, axis2=2))
