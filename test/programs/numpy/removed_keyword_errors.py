import numpy as np
a=np.arange(4)
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
for f in [lambda: np.quantile(a, 0.5, interpolation='linear'), lambda: np.percentile(a, 50, interpolation='linear'), lambda: np.nanpercentile(a, 50, interpolation='linear'), lambda: np.nanquantile(a, 0.5, interpolation='linear'), lambda: np.around(a, decimal=1), lambda: np.round(a, decimal=1), lambda: np.where(a>1, 1, y=2), lambda: np.where(condition=a>1), lambda: np.where(a > 1, x=1, y=2), lambda: np.round(a, decimals=1, foo=2), lambda: np.round(np.array([1.25, 2.5]), 1), lambda: np.around(1.2345, 2), lambda: np.round is np.around]:
    t(f)
