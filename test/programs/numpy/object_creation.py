# Object arrays (dtype=object): creation, ragged nesting, inference, and casts both ways.
import numpy as np

mixed = np.array([1, 'a', None], dtype=object)
print(repr(mixed), mixed.dtype, mixed.shape, mixed.itemsize)
print(mixed.dtype == object, mixed.dtype.kind, mixed.dtype.char, mixed.dtype.str, np.issubdtype(mixed.dtype, np.object_))

# ragged nesting stops where the lengths disagree
print(repr(np.array([[1, 2], [3]], dtype=object)))
print(repr(np.array([[1, [2, 3]], [4, 5]], dtype=object)))
print(repr(np.array([[], [1]], dtype=object)))
print(repr(np.array([(1, 2), (3,)], dtype=object)))
print(repr(np.array([np.arange(2), np.arange(3)], dtype=object)))
nested = np.array([np.arange(2), np.arange(2)], dtype=object)
print(repr(nested), type(nested[0, 0]).__name__)

# NumPy infers object for values it cannot type
print(repr(np.array([1, None])), repr(np.array([{'k': 1}, 2])), repr(np.array([2 ** 70])))
print(repr(np.array([None, None])), repr(np.array([1.5, 2, 3j, True], dtype=object)))
print(repr(np.array([np.float64(1.5), 2], dtype=object)))
try:
    np.array([[1, 2], [3]])
except ValueError as e:
    print('ValueError:', e)

# empty / zeros / ones / full and their _like forms
print(repr(np.empty(3, dtype=object)), repr(np.zeros((2, 2), dtype=object)))
print(repr(np.ones(2, dtype='O')), repr(np.full(2, 'x', dtype=object)), repr(np.full((2, 2), None)))
proto = np.array([1, 'a'], dtype=object)
print(repr(np.zeros_like(proto)), repr(np.ones_like(proto)), repr(np.empty_like(proto)))
print(repr(np.arange(3, dtype=object)), repr(np.array([], dtype=object)), repr(np.empty((2, 0), dtype=object)))

# casts
ints = np.arange(3).astype(object)
print(repr(ints), type(ints[0]).__name__, repr(ints.astype(float)), repr(ints.astype(np.int8)))
print(repr(np.array([None, 1.5], dtype=object).astype(float)))
print(repr(np.array(['1.5', b'2', 3], dtype=object).astype(float)))
print(repr(np.array(['a', 'bb', 'ccc'], dtype=object).astype(str)), repr(mixed.astype(str)))
print(repr(np.array(['', 'a', 0, {}], dtype=object).astype(bool)))
print(repr(np.array([1, 2], dtype=object).astype(complex)))
for bad, to in [(mixed, float), (np.array([None], dtype=object), int)]:
    try:
        bad.astype(to)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
for src in [np.arange(2), np.array([1, 2], dtype=object)]:
    try:
        src.view(object if src.dtype != object else np.int64)
    except TypeError as e:
        print('TypeError:', e)
try:
    np.frombuffer(b'12345678', dtype=object)
except ValueError as e:
    print('ValueError:', e)
