# NumPy values meeting Python: numpy scalars as dict keys (np.int64(1) and 1 are one key), str/list
# repetition by a numpy int, divmod on numpy scalars and arrays, integer negative powers, and the
# UFuncTypeError for string/number mixes
import numpy as np
d = {np.int64(1): 'a', 2: 'b', np.float64(2.5): 'c', np.bool_(True): 'ignored'}
print(d[1], d[np.int64(2)], d[2.5], 2.5 in d, np.int64(1) in d, len(d), {np.int32(3), 3, 3.0})
print('#' * np.int64(3), [0] * np.int8(2), np.uint8(2) * 'ab', (1, 2) * np.int64(2))
print(divmod(np.int64(7), 2), divmod(np.float64(7.5), 2), divmod(7, np.int64(2)), divmod(np.arange(5), 3), divmod(7.5, np.arange(1, 3)))
for f in [lambda: np.array([2]) ** -1, lambda: np.int64(2) ** -2, lambda: np.arange(3) ** np.array([1, -1, 2]), lambda: np.array([2.0]) ** -1]:
    try:
        print(f())
    except ValueError as e:
        print('ValueError', e)
tests = [lambda: np.add(np.arange(3), 'a'), lambda: np.arange(3) + 'a', lambda: np.array(['a']) + np.array(['b']),
         lambda: np.array(['a', 'b']) + 'x', lambda: 'x' + np.array(['a']), lambda: np.array(['a']) == 1, lambda: np.array([1]) == 'a',
         lambda: np.array(['a']) != 1, lambda: np.subtract(np.array(['a']), np.array(['b'])), lambda: np.array([1.5]) - 'a',
         lambda: np.array(['a']) - 1, lambda: np.maximum([1], ['a']), lambda: np.array(['a']) * 2, lambda: np.sqrt(np.array(['a']))]
for f in tests:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
print(np.array(['ab']) + np.array(['cde']), repr(np.array(['a', 'bb']) + np.array(['x', 'yyy'])))
np.arange(3) + 'a'
