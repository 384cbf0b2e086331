# np.nanmax/np.nanmin warn "All-NaN slice encountered" for an ndarray but "All-NaN axis encountered" for
# other inputs (NumPy's two code paths); np.arange with a zero step fails as the Python division of
# (stop - start) by it does, and a NumPy scalar step as NumPy's size computation does.
import warnings
import numpy as np

for x in [[np.nan], np.array([np.nan]), [[np.nan, 1], [np.nan, 2]], np.array([[np.nan, 1], [np.nan, 2]])]:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        r = (np.nanmax(x, axis=0), np.nanmin(x))
    print(r, [str(i.message) for i in w])
for args in [(0, 10, 0), (1, 2, 0.0), (1.0, 2, 0), (0, 1, np.int64(0)), (0, 1, np.float64(0)), (0, 1, False), (0, 1, 0j)]:
    try:
        with np.errstate(divide="ignore"):
            np.arange(*args)
    except Exception as e:
        print(args, type(e).__name__, e)
