# Unexpected keyword arguments are reported the way NumPy reports them: CPython's wording with the
# function's name (or the C parser's for some methods); ufuncs check their positional count first.
import numpy as np

a = np.arange(4.)
for m in ['sum', 'prod', 'mean', 'std', 'var', 'max', 'min', 'any', 'all', 'argmax', 'argmin', 'cumsum',
          'cumprod', 'round', 'reshape', 'astype', 'copy', 'sort', 'argsort', 'flatten', 'ravel', 'take',
          'squeeze', 'view', 'searchsorted', 'trace', 'diagonal', 'partition']:
    try:
        getattr(a, m)(foo=1)
    except Exception as e:
        print(m, '|', type(e).__name__, e)
rng = np.random.default_rng(0)
for f in [np.zeros, np.ones, np.full, np.arange, np.linspace, np.concatenate, np.stack, np.mean, np.std,
          np.median, np.percentile, np.unique, np.where, np.argmax, np.cumsum, np.sqrt, np.maximum, np.matmul,
          np.loadtxt, np.histogram, np.meshgrid, np.eye, np.linalg.norm, np.linalg.solve, rng.normal,
          rng.integers, np.random.rand, np.random.seed, np.array, np.asarray, np.save, np.isclose, np.allclose,
          np.nanmean, np.tile, np.repeat, np.transpose, np.sort, np.argsort, np.searchsorted, np.diff, np.split,
          np.vstack, np.polyfit, np.interp, np.bincount, np.digitize, np.fft.fft]:
    try:
        f(foo=1)
    except Exception as e:
        print(getattr(f, '__name__', f), '|', type(e).__name__, e)
for call in [lambda: np.add(a, a, foo=1), lambda: np.sort(a, descending=True), lambda: np.reshape(a, newshape=(2, 2)),
             lambda: np.add(a), lambda: np.negative(), lambda: np.sum(a, axis=0, keepdim=True)]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
