# reshape's copy= argument and order='A'; ravel/flatten order names as NumPy checks them.
import numpy as np

def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

a = np.arange(12).reshape(3, 4)
t(lambda: a.T.reshape(12, copy=False))
t(lambda: np.reshape(a.T, 12, copy=False))
t(lambda: a.reshape(4, 3, copy=False).base is a)
t(lambda: np.shares_memory(a.reshape(12, copy=True), a))
t(lambda: np.shares_memory(np.reshape(a, (4, 3), copy=True), a))
t(lambda: a.T.reshape(12, order='A'))
t(lambda: np.shares_memory(a.T.reshape(12, order='A'), a))
t(lambda: a.T.reshape(12, order='K'))
t(lambda: np.reshape(a, shape=(2, 6)))
t(lambda: np.reshape(a, newshape=(2, 6)))
for o in ['c', 'k', None, 'X', '', 'CC', b'F', 1]:
    t(lambda: a.T.ravel(o)[:5])
    t(lambda: a.T.flatten(o)[:5])
    t(lambda: np.ravel(a.T, o)[:5])
