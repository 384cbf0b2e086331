# np.frompyfunc ufuncs and np.vectorize: Python functions over elements, object results.
import numpy as np

add = np.frompyfunc(lambda a, b: a + b, 2, 1)
print(add, add.nin, add.nout, add.nargs, type(add).__name__, add.types)
print(repr(add(np.arange(3), 1)), repr(add(2, 3)), repr(add([[1], [2]], [10, 20])))
print(repr(add.reduce(np.array(['a', 'b', 'c'], dtype=object))), repr(add.accumulate(np.array([1, 2, 3]))))
pair = np.frompyfunc(divmod, 2, 2)
print(pair(np.array([7, 8]), 3))
wrap = np.frompyfunc(lambda s: [s], 1, 1)
print(repr(wrap(np.array(['a', 'b']))))
def named(v):
    return v
print(np.frompyfunc(named, 1, 1))

print(repr(np.vectorize(lambda v: [v], otypes=[object])(np.arange(2))))
print(repr(np.vectorize(lambda v: v * 2, otypes=[object])(np.array(['a', 'b'], dtype=object))))
print(repr(np.vectorize(lambda v: None)(np.arange(2))))
print(repr(np.vectorize(lambda v: type(v).__name__)(np.arange(2))))
print(repr(np.vectorize(lambda v: v / 3)(np.arange(2, dtype=np.float32))))
print(np.vectorize(lambda a, b: (a + b, a * b))(np.arange(3), 2))
try:
    np.vectorize(lambda v: v)(np.array([]))
except ValueError as e:
    print('ValueError:', e)
