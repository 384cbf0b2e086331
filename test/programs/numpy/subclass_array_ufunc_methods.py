# ndarray methods NumPy implements with ufuncs go through a subclass's __array_ufunc__ override:
# sum/prod/max/min (reduce), any/all (logical_or/and.reduce with dtype=bool), cumsum/cumprod
# (accumulate), mean (add.reduce then a divide), round (rint), @ (matmul); np.sum(u) and friends
# call the method of a subclass instance.
import numpy as np


class U(np.ndarray):
    def __array_ufunc__(self, ufunc, method, *inputs, **kwargs):
        shown = sorted(kwargs.items(), key=lambda kv: kv[0]) if 'out' not in kwargs else sorted(kwargs)
        print('AU', ufunc.__name__, method, len(inputs), shown)
        inputs = tuple(np.asarray(x) if isinstance(x, U) else x for x in inputs)
        return getattr(ufunc, method)(*inputs, **kwargs)


u = np.arange(6.).reshape(2, 3).view(U)
print(repr(u.sum()))
print(repr(u.sum(axis=0)))
print(repr(u.sum(0, keepdims=True)))
print(repr(u.sum(initial=10)))
print(repr(u.prod(axis=1)))
print(repr(u.max()), repr(u.min(axis=0)))
print(repr(u.mean()), repr(u.mean(axis=1)))
print(repr(u.any()), repr(u.all(axis=1)))
print(repr(u.cumsum()), repr(u.cumprod(axis=1)))
print(repr(np.sum(u)), repr(np.add.reduce(u)), repr(np.max(u, axis=1)), repr(np.cumsum(u, axis=0)))
print(repr(u @ u.T))
print(repr(u.round()))
print(repr(abs(u)), repr(-u))
out = np.zeros(3)
print(repr(u.sum(axis=0, out=out)), repr(out))


class Plain(np.ndarray):
    pass


q = np.arange(4).view(Plain)
print(repr(q.sum()), repr(q.cumsum()), repr(np.sum(q)), repr(np.mean(q)), repr(q.max(keepdims=True)))
