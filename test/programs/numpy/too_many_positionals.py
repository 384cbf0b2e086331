# too many positional arguments to NumPy functions: CPython's message, before any argument is read
import numpy as np


def t(f, *args, **kw):
    try:
        f(*args, **kw)
        print(f.__name__, "ok")
    except TypeError as e:
        print("TypeError:", e)


t(np.array, 1, 2, 3, 4)
t(np.zeros, 3, float, "C", 1)
t(np.linspace, 0, 1, 5, True, False, None, 0, 9)
t(np.identity, 2, int, None)
t(np.sum, *range(8))
t(np.amax, *range(7))
t(np.amin, *range(7))
t(np.reshape, *range(4))
t(np.get_printoptions, 1)
t(np.linalg.inv, 1, 2)
t(np.fft.fft, *range(6))
t(np.concat, *range(5))
t(np.fromiter, [1], int, -1, like=None, )
t(np.fromiter, [1], int, -1, 2, 3)
t(np.frombuffer, b"a", "u1", 1, 0, None, 1)
t(np.errstate, 1)
t(np.finfo, np.float64, 1)
t(np.iinfo, np.int8, 1)
print(np.amax.__name__, np.amin.__name__, np.max.__name__, np.amax([1, 3]), np.amin([[4, 2]], axis=1))
print(np.array([1, 2], int), np.zeros(2, int), np.sum([[1, 2]], 0), np.linspace(0, 1, 3, False))
