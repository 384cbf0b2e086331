# mean/var/std with a `where` mask warn like NumPy when some slice counts nothing (or ddof leaves no freedom).
import warnings
import numpy as np

a = np.arange(6.).reshape(2, 3)
cases = [
    lambda: np.mean(a, axis=1, where=[[True], [False]]),
    lambda: np.mean(a, axis=1, where=[[True], [True]]),
    lambda: np.var(a, axis=1, where=[[True], [False]]),
    lambda: np.std(a, axis=1, ddof=1, where=[[True, False, False], [True, True, False]]),
    lambda: np.std(a, axis=1, ddof=1, where=[[True, True, False], [True, True, False]]),
    lambda: np.mean(a, where=False),
    lambda: np.mean(a.astype(object), axis=1, where=[[True], [False]]),
    lambda: np.mean(a, axis=0, where=[True, False, True]),
]
for f in cases:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            r = f()
        except ValueError as e:
            r = f"ValueError: {e}"
    print(r, [str(w.message) for w in caught])
o = np.array([[1, 2], [3, 4]], dtype=object)
for f in [lambda: np.add.reduce(o, axis=1, where=[True, False]), lambda: np.add.reduce(o, axis=1, where=[True, False], initial=0),
          lambda: np.multiply.reduce(o, where=[[True, False], [True, True]], axis=0), lambda: np.sum(o, where=[True, False]),
          lambda: np.maximum.reduce(o, axis=1, where=[True, False]), lambda: np.add.reduce(o, where=True, axis=0),
          lambda: np.max(o, where=[True, False], initial=-1, axis=1)]:
    try:
        print(repr(f()))
    except ValueError as e:
        print("ValueError:", e)
