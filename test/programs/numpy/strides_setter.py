# Assigning to ndarray.strides: deprecated in NumPy 2.4 but honoured, checked against the owner's memory.
import warnings
import numpy as np

x = np.arange(12, dtype=np.int32)
y = x[:6]
y.shape = (2, 3)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    y.strides = (12, 4)
    print(y, y.strides)
    y.strides = [4, 8]
    print(y)
    z = x[::2]
    for s in [(16,), (4,), (4, 4, 4), (48, 4), (-4, 4), (0, 0)]:
        try:
            z2 = z if len(s) == 1 else y
            z2.strides = s
            print(z2, z2.strides)
        except Exception as e:
            print(type(e).__name__, e)
    w = np.zeros((0, 3))
    w.strides = (1000, 8)
    print(w.strides, y.base is x)
print(len(caught), caught[0].category.__name__)
print(str(caught[0].message))
