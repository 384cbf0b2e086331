# np.char.split / rsplit: object arrays holding one Python list per element (any shape, sep, maxsplit)
import numpy as np
print(np.char.split(np.array(['a b', 'c'])))
print(np.char.split(np.array([['a-b', 'c'], ['d', 'e-f-g']]), '-'))
print(repr(np.char.rsplit(np.array(['a b c']), ' ', 1)), np.char.split('x y'), repr(np.char.split(np.array([b'a b']))))
r = np.char.split(['a b', 'c d e'])
print(r.dtype, r.shape, r.tolist(), [len(w) for w in r])
