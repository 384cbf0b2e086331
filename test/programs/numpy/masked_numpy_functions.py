# np.sort / argsort / round / clip / take / reshape … given a masked array call its own method (NumPy's
# _wrapfunc), so the mask is honoured; masked argmax/argmin give NumPy integers.
import numpy as np
x = np.ma.array([3., 2., -1., 4., 5.], mask=[0, 0, 1, 0, 0])
m = np.ma.array([[3, 1], [2, 4]], mask=[[0, 1], [0, 0]])
cases = [('sort', lambda: np.sort(x)), ('argsort', lambda: np.argsort(x)), ('sort2', lambda: np.sort(m, axis=0)),
         ('sort_none', lambda: np.sort(m, axis=None)), ('argmax', lambda: np.argmax(x)), ('argmin', lambda: np.argmin(m, axis=1)),
         ('method_argmax', lambda: x.argmax()), ('round', lambda: np.round(x * 1.26, 1)), ('around', lambda: np.around(x / 3, 2)),
         ('clip', lambda: np.clip(x, 0, 3)), ('nonzero', lambda: np.nonzero(x)), ('take', lambda: np.take(x, [0, 2])),
         ('ravel', lambda: np.ravel(m)), ('reshape', lambda: np.reshape(m, 4)), ('transpose', lambda: np.transpose(m)),
         ('squeeze', lambda: np.squeeze(m[None])), ('diagonal', lambda: np.diagonal(m)), ('trace', lambda: np.trace(m)),
         ('cumsum', lambda: np.cumsum(x)), ('cumprod', lambda: np.cumprod(x)), ('repeat', lambda: np.repeat(x, 2)),
         ('swapaxes', lambda: np.swapaxes(m, 0, 1)), ('max', lambda: np.max(x)), ('mean', lambda: np.mean(m, axis=0)),
         ('amax', lambda: np.amax(m, axis=0)), ('plain_sort', lambda: np.sort([3, 1, 2])), ('plain_argsort', lambda: np.argsort((3, 1, 2))),
         ('plain_partition', lambda: np.partition([3, 1, 2], 1)), ('plain_round', lambda: np.round([1.25, 2.5], 1))]
for name, f in cases:
    try:
        print(name, repr(f()))
    except Exception as e:
        print(name, type(e).__name__, e)
print(x)
f = m.flatten(); f[0] = 99; print(m, f, m.flatten('F'))
