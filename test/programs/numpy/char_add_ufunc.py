# np.char.add and np.strings.add are the add ufunc: its type errors, scalars and object arrays
import numpy as np

def t(f):
    try:
        print('OK', repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print(np.char.add is np.add, np.strings.add is np.add)
t(lambda: np.char.add(['a', 'bb'], ['c']))
t(lambda: np.char.add(b'x', [b'yy']))
t(lambda: np.char.add('a', 'b'))
t(lambda: np.char.add(np.array([], dtype='U1'), 'x'))
t(lambda: np.char.add(np.array(['a'], dtype=object), 'x'))
t(lambda: np.char.add(np.array(['a']), np.array([1])))
t(lambda: np.char.add(np.array([1]), np.array(['a'])))
t(lambda: np.char.add(np.array(['a']), 1.5))
t(lambda: np.char.add(2, 3))
