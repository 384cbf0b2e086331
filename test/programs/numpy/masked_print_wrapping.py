# masked arrays print through array2string: long rows wrap, big arrays are summarized
import numpy as np

m = np.ma.masked_greater(np.arange(2000), 1500)
print(m)
w = np.ma.masked_less(np.arange(40) * 1.1, 3)
print(w)
print(repr(w))
t = np.ma.masked_equal(np.arange(600).reshape(150, 4) % 7, 0)
print(t)
print(np.ma.array(np.arange(24).reshape(2, 3, 4), mask=np.arange(24).reshape(2, 3, 4) % 5 == 0))
print(repr(np.ma.array(np.array([0.1, 0.2], dtype=np.float32), mask=[1, 0])))
with np.printoptions(linewidth=30):
    print(np.ma.array(np.arange(20), mask=np.arange(20) % 3 == 0))
