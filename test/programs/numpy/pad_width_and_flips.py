import numpy as np
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
for w in [((1, 2), (3, 4)), [[1, 2, 3]], [[1], [2], [3]], [1, 2, 3], ((1, 2),), [[[1, 2]]], -1, ((1, -2),), 2, (1, 2), [[1], [2]]]:
    t(lambda: np.pad(np.arange(3), w))
    t(lambda: np.pad(np.ones((2, 2), dtype=int), w))
t(lambda: np.fliplr(np.arange(3)))
t(lambda: np.fliplr(np.arange(6).reshape(2, 3)))
t(lambda: np.flipud(np.array(5)))
t(lambda: np.flipud([1, 2, 3]))
