# MaskedArray.argsort without an axis flattens a 2-d array (with NumPy's FutureWarning)
import warnings
import numpy as np

m = np.ma.array([[1, 2, 3], [4, 5, 6]], mask=[[0, 1, 0], [0, 0, 1]])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print(m.argsort())
print([(w.category.__name__, str(w.message)) for w in caught])
print(np.ma.argsort(m, axis=0), m.argsort(axis=None), np.ma.array([3, 1, 2], mask=[0, 1, 0]).argsort())
