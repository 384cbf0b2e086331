# nan* reductions over slices with nothing left, empty means/medians, and their warnings
import warnings
import numpy as np


def show(f):
    try:
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter('always')
            r = f()
        print(repr(r), [f"{x.category.__name__}: {x.message}" for x in w])
    except Exception as e:
        print(type(e).__name__, e)


a = np.array([[np.nan, np.nan], [3, 4]])
for name in ['nansum', 'nanprod', 'nanmean', 'nanstd', 'nanvar', 'nanmin', 'nanmax',
             'nanargmin', 'nanargmax', 'nanmedian']:
    fn = getattr(np, name)
    print(name)
    show(lambda: fn(a))
    show(lambda: fn(a, axis=1))
    show(lambda: fn(a, axis=0))
show(lambda: np.nanmedian(a, axis=1, keepdims=True))
show(lambda: np.nanmedian(np.array([[1., np.nan, 3], [np.nan, np.nan, np.nan]]), axis=(0, 1)))
show(lambda: np.nanargmin(np.array([[np.nan, 4], [2, 3]]), axis=1, keepdims=True))
show(lambda: np.nanpercentile(a, 50, axis=1))
show(lambda: np.nanquantile(a, [0.5, 0.7], axis=1))
show(lambda: np.nanpercentile(np.array([np.nan]), [50, 60]))
show(lambda: np.nanpercentile(np.array([[np.nan], [1]]), 50, axis=1, keepdims=True))
show(lambda: np.nanvar(np.array([1., np.nan]), ddof=1))
show(lambda: np.nanvar(np.array([1., 2]), ddof=2))
show(lambda: np.nanvar(np.array([1 + 1j, np.nan, 2 - 1j])))
show(lambda: np.nanmean(np.array([1, np.nan, 4], dtype=np.float32)))
show(lambda: np.nanmean(np.array([[1, np.nan], [np.nan, 4]], dtype=np.float32), axis=0))
show(lambda: np.nanstd(np.array([[1, np.nan], [2, 4]], dtype=np.float32), axis=0, ddof=1))
show(lambda: np.nanmean(np.array([1, 2, 4])))
show(lambda: np.nanmin(np.array([1, 2])))
show(lambda: np.nanmax(np.array([[1., np.nan], [np.nan, np.nan]]), axis=1, initial=0))
show(lambda: np.var(np.array([1., 2]), ddof=2))
show(lambda: np.mean(np.array([])))
show(lambda: np.std(np.array([])))
show(lambda: np.median(np.array([])))
show(lambda: np.median(np.zeros((2, 0)), axis=1))
show(lambda: np.median(np.zeros((0, 2)), axis=1))
show(lambda: np.quantile(np.array([]), 0.5))
