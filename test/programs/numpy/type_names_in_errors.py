# Error messages name NumPy's types as CPython's tp_name does: 'numpy.ndarray', 'numpy.float64', ...
import numpy as np

objs = [np.arange(3), np.float64(1), np.int64(2), np.bool_(True), np.random.default_rng(0),
        np.random.RandomState(0), np.add, np.arange(3).flat, np.float32(1), np.complex128(1)]
for o in objs:
    try:
        o.foo_bar
    except AttributeError as e:
        print(e)
for o in objs[1:4]:
    try:
        len(o)
    except TypeError as e:
        print(e)
for action in (lambda: hash(np.arange(3)), lambda: {np.arange(2): 1}, lambda: iter(np.float64(1)),
               lambda: np.float64(1)(), lambda: format(np.arange(2), "x"), lambda: 3 in np.int64(4),
               lambda: setattr(np.arange(2), "shapes", 1)):
    try:
        action()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)

# arrays are unhashable as dict keys and set members too
class Sub(np.ndarray):
    pass

for action in (lambda: {}.get(np.arange(2)), lambda: np.arange(2) in {1: 2}, lambda: dict.fromkeys([np.arange(2)]),
               lambda: {np.arange(2)}, lambda: hash(np.arange(2).view(Sub))):
    try:
        action()
    except TypeError as e:
        print(e)
print(np.ndarray.__hash__ is None, {np.float64(1.5): 2, np.int64(3): 4})
