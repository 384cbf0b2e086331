# np.vectorize: attributes, otypes, excluded, cache, decorator forms, gufunc signatures and their errors; ufunc out=...
import numpy as np
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
def myfunc(a, b):
    "Return a-b if a>b, otherwise return a+b"
    if a > b: return a - b
    else: return a + b
vfunc = np.vectorize(myfunc)
t(lambda: vfunc.__doc__)
t(lambda: vfunc.__name__)
t(lambda: (vfunc.otypes, vfunc.excluded, vfunc.cache, vfunc.signature))
t(lambda: isinstance(vfunc, np.vectorize))
t(lambda: type(vfunc).__name__)
t(lambda: np.vectorize(myfunc, doc='Vectorized `myfunc`').__doc__)
t(lambda: vfunc(np.array([[1, 5], [3, 0]]), np.array([2, 1])))
t(lambda: vfunc(3, 1))
t(lambda: np.vectorize(myfunc, otypes='x'))
t(lambda: np.vectorize(myfunc, otypes=3))
t(lambda: np.vectorize(myfunc, otypes=[np.float32])([1, 2], 1))
t(lambda: np.vectorize(myfunc, otypes=[str])([1, 2], 1))
t(lambda: np.vectorize(myfunc, otypes=['U3'])([1, 2], 1))
t(lambda: np.vectorize(3))
@np.vectorize(otypes=[float])
def g(x, y=2):
    return x * y
t(lambda: g([1, 2]))
t(lambda: g([1, 2], y=3))
t(lambda: g([1, 2], y=[3, 4]))
t(lambda: g.__name__)
calls = []
def counted(x):
    calls.append(x)
    return x * 2
t(lambda: np.vectorize(counted)([1, 2, 3]))
t(lambda: calls)
calls.clear()
t(lambda: np.vectorize(counted, cache=True)([1, 2, 3]))
t(lambda: calls)
t(lambda: np.vectorize(lambda x: x > 1)([1, 2]))
t(lambda: np.vectorize(lambda x: None)([1, 2]))
t(lambda: np.vectorize(lambda x: [x])([1, 2]))
t(lambda: np.vectorize(lambda x: x / 2)(np.arange(4, dtype=np.float32)))
t(lambda: np.vectorize(lambda x: type(x).__name__)(np.arange(2)))
t(lambda: np.vectorize(lambda x, y: x + y, signature='(),()->()')([1, 2], [[3], [4]]))
t(lambda: np.vectorize(lambda x: (x.min(), x.max()), signature='(n)->(),()')(np.arange(6).reshape(2, 3)))
t(lambda: np.vectorize(lambda x: x[::-1], signature='(n)->(n)')(np.arange(6).reshape(2, 3)))
t(lambda: np.vectorize(lambda x: x, signature='(n)->(n)')(3))
t(lambda: np.vectorize(lambda x: x, signature='(n)->(n')(3))
t(lambda: np.vectorize(lambda x: x, signature='(n),(n)->()')([1, 2], [1, 2, 3]))
t(lambda: np.vectorize(lambda x: x, signature='(n)->()')([1, 2], [1, 2, 3]))
t(lambda: np.vectorize(lambda x: (x, x), signature='(n)->()')([1, 2]))
t(lambda: np.vectorize(lambda x: x, signature='(n)->(m)')(np.zeros((0, 2))))
t(lambda: np.vectorize(lambda x: x, signature='(n)->(n)', otypes=[float])(np.zeros((0, 2))))
t(lambda: np.vectorize(lambda x: x, signature='(n)->(m)', otypes=[float])(np.zeros((0, 2))))
t(lambda: np.vectorize(lambda x: x.sum(), signature='(n)->()')(np.arange(6).reshape(2, 3)))
t(lambda: np.vectorize(lambda s: s.upper())(np.array(['ab', 'cd'])))
t(lambda: np.vectorize(lambda: 5)())
t(lambda: np.vectorize(lambda x: x + 1j)([1, 2]))
vpoly = np.vectorize(lambda p, x: sum(c * x ** i for i, c in enumerate(p)), excluded=[0])
t(lambda: vpoly([1, 2, 3], [0, 1, 2]))
t(lambda: vfunc.pyfunc is myfunc)
u = np.frompyfunc(lambda a, b: a + b, 2, 1)
t(lambda: u(np.array([1, 2]), 3, out=...))
t(lambda: u(1, 3, out=...))
t(lambda: np.add(1, 2, out=...))
t(lambda: np.divmod(7, 2, out=...))
t(lambda: np.frompyfunc(lambda a: (a, a * 2), 1, 2)(np.arange(3), out=...))
