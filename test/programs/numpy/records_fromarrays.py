# np.rec.fromarrays with formats= converts each column (text columns parse as numbers), and the
# deprecated numpy.core alias warns on attribute access before giving the public object.
import warnings
import numpy as np

Z = np.array([("Hello", 2.5, 3), ("World", 3.6, 2)])
print(Z.dtype)
R = np.rec.fromarrays(Z.T, names='col1, col2, col3', formats='S8, f8, i8')
print(R)
print(repr(R))
print(R.col2.sum(), R.col3.dtype, R[0])
R2 = np.rec.fromarrays([np.arange(3), np.linspace(0, 1, 3)], formats=['i2', 'f4'])
print(repr(R2), R2.dtype.names)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    R3 = np.core.records.fromarrays(Z.T, names='a,b,c', formats='U5, f8, i4')
    print(R3)
    for x in w:
        print(x.category.__name__, str(x.message)[-40:])
