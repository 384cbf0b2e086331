# Checks of ufunc.reduce/accumulate/reduceat/outer: binary ufuncs with one output only, a loop returning
# its input type (comparisons on numbers have none), several axes only for reorderable ufuncs (an
# identity, or maximum/minimum/fmax/fmin), accumulate over one axis (axis=None is every axis), 1-d indices.
import numpy as np
a = np.arange(12).reshape(3, 4)
for f in [lambda: np.add.accumulate([[1, 2], [3, 4]], axis=None), lambda: np.add.accumulate([[1, 2], [3, 4]], axis=(0, 1)), lambda: np.add.accumulate([1, 2], axis=(0,)),
          lambda: np.add.accumulate([1, 2], axis=None), lambda: np.sin.accumulate([1, 2]), lambda: np.divmod.accumulate([1, 2]), lambda: np.equal.accumulate([1, 2]),
          lambda: np.equal.accumulate([True, False]), lambda: np.divmod.reduce([1, 2]), lambda: np.sin.reduce([1]), lambda: np.divmod.outer([1], [2]), lambda: np.sin.outer([1], [2]),
          lambda: np.less.reduce([1, 2]), lambda: np.less.reduce(np.array([1., 2.])), lambda: np.equal.reduce([True, False], axis=None),
          lambda: np.subtract.reduce(np.ones((2, 2)), axis=None), lambda: np.subtract.reduce(np.ones((1, 2, 2)), axis=(1,)), lambda: np.subtract.reduce(np.ones((2, 2)), axis=()),
          lambda: np.subtract.reduce(a, axis=(0, 1)), lambda: np.maximum.reduce(a, axis=(0, 1)), lambda: np.fmin.reduce(a, axis=None), lambda: np.divide.reduce(a, axis=None),
          lambda: np.power.reduce(np.arange(1, 4), axis=None), lambda: np.hypot.reduce(np.ones((2, 2)), axis=None), lambda: np.logaddexp.reduce(np.zeros((2, 2)), axis=(0, 1)),
          lambda: np.add.reduceat(a, [[0]]), lambda: np.sin.reduceat([1, 2], [0]), lambda: np.divmod.reduceat([1, 2], [0]), lambda: np.logical_xor.reduce(a, axis=None),
          lambda: np.add.accumulate(a, axis=1), lambda: np.multiply.accumulate(a, axis=-1, dtype=float), lambda: np.cumsum(a), lambda: np.cumprod(a, axis=0),
          lambda: np.greater.reduce(np.array([True, False])), lambda: np.bitwise_or.reduce(a, axis=None)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
