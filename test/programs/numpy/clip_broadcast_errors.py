import numpy as np
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: np.clip(np.arange(5), [0, 1, 2], 3))
t(lambda: np.clip(np.arange(5), None, [1, 2]))
t(lambda: np.clip(np.arange(5), [1, 2], None))
t(lambda: np.clip(np.arange(6).reshape(2, 3), [[1], [2]], [4, 4, 4]))
t(lambda: np.clip(np.arange(6).reshape(2, 3), [1, 2], [4, 4, 4]))
t(lambda: np.arange(5).clip([1, 2, 3]))
t(lambda: np.clip(np.arange(5), 1, 3))
t(lambda: np.ix_(np.array([[1]])))
t(lambda: np.ix_(5))
t(lambda: np.ix_([0, 1], [True, False, True]))
t(lambda: np.ix_([]))
