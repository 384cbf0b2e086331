# NEP 18: duck arrays implementing __array_function__ (and __array__ / __array_ufunc__), as in NumPy's
# "Writing custom array containers" guide; ndarray subclasses overriding __array_function__.
import numpy as np
import numbers

HANDLED = {}


def implements(np_function):
    def decorator(func):
        HANDLED[np_function] = func
        return func
    return decorator


class DiagonalArray:
    def __init__(self, N, value):
        self._N = N
        self._i = value

    def __repr__(self):
        return f"{self.__class__.__name__}(N={self._N}, value={self._i})"

    def __array__(self, dtype=None, copy=None):
        return self._i * np.eye(self._N, dtype=dtype)

    def __array_ufunc__(self, ufunc, method, *inputs, **kwargs):
        if method != '__call__':
            return NotImplemented
        scalars = []
        for x in inputs:
            if isinstance(x, numbers.Number):
                scalars.append(x)
            elif isinstance(x, self.__class__):
                scalars.append(x._i)
            else:
                return NotImplemented
        return self.__class__(self._N, ufunc(*scalars, **kwargs))

    def __array_function__(self, func, types, args, kwargs):
        if func not in HANDLED:
            return NotImplemented
        if not all(issubclass(t, self.__class__) for t in types):
            return NotImplemented
        return HANDLED[func](*args, **kwargs)


@implements(np.sum)
def diag_sum(arr):
    return arr._N * arr._i


@implements(np.mean)
def diag_mean(arr):
    return arr._i


@implements(np.concatenate)
def diag_concat(arrays, axis=0):
    return "concat of %d" % len(arrays)


d = DiagonalArray(3, 2)
print(d, np.asarray(d), np.array(d).dtype)
print(np.multiply(d, 2), np.sin(d), np.add(d, d))
print(np.sum(d), np.mean(d), np.concatenate([d, d]), np.concatenate((d, d, d), axis=0))
for f in (lambda: np.cumsum(d), lambda: np.stack([d, np.eye(3)]), lambda: np.add(d, np.arange(3)), lambda: np.add.reduce(d)):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)


class Logged:
    def __init__(self, data):
        self.data = np.asarray(data)

    def __array_function__(self, func, types, args, kwargs):
        print("dispatch", func.__name__, [t.__name__ for t in types], len(args), sorted(kwargs))
        args = [a.data if isinstance(a, Logged) else a for a in args]
        return func(*args, **kwargs)


x = Logged([3, 1, 2])
print(np.sort(x), np.max(x), np.where(np.arange(3) > 0, x, 0), np.clip(x, 1, 2))
print(np.mean(x, axis=0), np.reshape(x, (3, 1)).shape, np.shape(x), np.argsort(x, kind='stable'))


class Sub(np.ndarray):
    def __array_function__(self, func, types, args, kwargs):
        print("sub dispatch", func.__name__, [t.__name__ for t in types])
        return super().__array_function__(func, types, args, kwargs)


s = np.arange(4.0).view(Sub)
print(repr(np.sum(s)), repr(np.concatenate([np.zeros(1), s])), repr(np.mean(s)))
# ndarray's own __array_function__ refuses foreign types
print(np.ndarray.__array_function__(np.arange(2), np.sum, (Logged,), (np.arange(2),), {}))
print(np.ndarray.__array_function__(np.arange(3), np.sum, (np.ndarray,), (np.arange(3),), {}))
