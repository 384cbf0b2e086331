# the __array__ protocol under NumPy 2's copy keyword: np.array passes copy=True (or False), np.asarray
# passes none unless asked, the dtype goes positionally; an __array__ without a copy parameter is
# retried without it (DeprecationWarning), and copy=False then raises
import warnings
warnings.simplefilter('ignore', DeprecationWarning)
import numpy as np
class A:
    def __array__(self, *args, **kw):
        print('called', args, kw); return np.arange(3)
a = A()
np.array(a); np.asarray(a); np.array(a, dtype=float); np.asarray(a, copy=False); np.array(a, copy=None); np.asarray(a, dtype='i4', copy=True); np.asanyarray(a)
np.add(a, 1); np.sum(a)
class B:
    def __array__(self, dtype=None):
        print('B', dtype); return np.arange(2)
print(np.array(B()), np.array(B(), dtype=float), np.asarray(B(), copy=True))
try:
    np.array(B(), copy=False)
except ValueError as e:
    print(str(e).splitlines()[0])
class C:
    def __array__(self, dtype=None, copy=None):
        if copy is False:
            raise ValueError("`copy=False` isn't supported. A copy is always created.")
        return np.arange(2.) if dtype is None else np.arange(2.).astype(dtype)
for f in [lambda: np.asarray(C(), copy=False), lambda: np.array(C(), copy=False), lambda: np.array(C(), dtype=int), lambda: np.asarray(C())]:
    try:
        print(repr(f()))
    except ValueError as e:
        print('ValueError:', e)


# a __getattr__ raising AttributeError for the protocol names means "not provided"
class P:
    def __init__(self):
        self.d = np.arange(3)

    def __getattr__(self, n):
        if n.startswith('__'):
            raise AttributeError(n)
        return getattr(self.d, n)

    def __array__(self, dtype=None, copy=None):
        return self.d


class Q:
    def __getattr__(self, n):
        raise AttributeError(n)


print(np.asarray(P()), np.array(P()), np.mean(P()), np.array(Q()).dtype, np.asarray(np.zeros(2, 'i4,f8')[0]))
