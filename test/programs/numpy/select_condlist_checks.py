import numpy as np
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
x = np.arange(5, dtype=np.int8)
t(lambda: np.select([x < 2], [x], default=-1))
t(lambda: np.select([x < 2], [x]))
t(lambda: np.select([x < 2], [x.astype(np.float32)], default=0.5))
t(lambda: np.select([np.array([1, 0, 1, 0, 1])], [x]))
t(lambda: np.select([[True, False, True, False, True]], [x]))
t(lambda: np.select([x < 2, x > 3], [x]))
t(lambda: np.select([], []))
t(lambda: np.select([x < 1], ['a'], 'b'))
t(lambda: np.select([x < 1, x < 3], [x, 2.5]))
t(lambda: np.select([True, False], [1, 2]))
t(lambda: np.select([x < 1], [np.arange(10).reshape(2, 5)]))
