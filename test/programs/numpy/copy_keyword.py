# np.array/asarray copy= (False raises when a copy is needed, True always copies); ravel of a non-contiguous array owns its copy
import numpy as np
a = np.arange(3)
for f in [lambda: np.array(np.arange(2), dtype=float, copy=False), lambda: np.array(np.float64(1), copy=False), lambda: np.asarray([1], copy=False), lambda: np.asarray(np.arange(2), copy=False), lambda: np.asarray(np.arange(2), dtype=float, copy=False), lambda: np.array(np.arange(4)[::2], copy=False), lambda: np.asarray([1], copy=True), lambda: np.array(np.arange(3), copy=False, order='F'), lambda: np.array(np.ones((2,2)), copy=False, order='F'), lambda: np.array([1, 2], copy=False),
          lambda: np.asarray(a, copy=True) is a, lambda: np.asarray(a) is a, lambda: np.asarray(a, copy=False) is a, lambda: np.array(a, copy=None) is a, lambda: np.array(a) is a, lambda: np.asanyarray(a, copy=True) is a]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
m = np.arange(12).reshape(3, 4)
print(m.T.ravel().base is None, m[:, ::2].ravel().base is None, m.ravel().base is m.base, np.ravel(m.T))
