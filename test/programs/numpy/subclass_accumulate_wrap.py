# ufunc.accumulate / reduceat on an ndarray subclass give the subclass back, through __array_wrap__ (once).
import numpy as np
class Info(np.ndarray):
    def __array_finalize__(self, obj):
        self.info = getattr(obj, 'info', 'default')
x = np.arange(6.0).reshape(2, 3).view(Info); x.info = 'meta'
for r in [np.add.reduce(x, axis=0), np.add.accumulate(x), np.add.accumulate(x, axis=1), np.add.reduceat(x, [0, 1], axis=1), np.multiply.outer(x[0], x[1]), np.cumsum(x), np.cumsum(x, axis=0), x.cumprod(axis=1), np.add.reduce(x, keepdims=True)]:
    print(type(r).__name__, getattr(r, 'info', None), r.shape)
class W(np.ndarray):
    def __array_wrap__(self, arr, context=None, return_scalar=False):
        print('wrap', None if context is None else context[0].__name__, arr.shape, return_scalar)
        return super().__array_wrap__(arr, context, return_scalar)
w = np.arange(6).reshape(2, 3).view(W)
for f in [lambda: np.add.accumulate(w), lambda: w.cumsum(axis=1), lambda: np.add.reduceat(w, [0, 2], axis=1), lambda: np.add.reduce(w, axis=0), lambda: np.multiply.accumulate(w.astype(object))]:
    r = f()
    print(type(r).__name__, r.tolist())
out = np.zeros((2, 3), dtype=int)
print(type(np.add.accumulate(w, out=out)).__name__)
