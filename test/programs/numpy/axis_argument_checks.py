import numpy as np
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
a = np.arange(6)
for s in [(-2, 3), (-3, 2), (-1, -2), (-5,), (2, -7), -4, (-2, 4), (-1, 4), (0, -3)]:
    t(lambda: a.reshape(s).shape)
t(lambda: np.delete(np.arange(5), [True, False, True, False, True]))
t(lambda: np.delete(np.arange(5), [True, False]))
t(lambda: np.delete(np.arange(6).reshape(2, 3), [False, True, True], axis=1))
t(lambda: np.delete(np.arange(6).reshape(2, 3), np.array([[True, False, True]]), axis=1))
t(lambda: np.rot90(np.arange(3)))
t(lambda: np.rot90(np.arange(4).reshape(2, 2), axes=(0, 0)))
t(lambda: np.rot90(np.arange(4).reshape(2, 2), axes=(0, 2)))
t(lambda: np.rot90(np.arange(4).reshape(2, 2), axes=(1, -1)))
t(lambda: np.moveaxis(np.ones((2, 3)), [0, 0], [1, 0]))
t(lambda: np.moveaxis(np.ones((2, 3)), [0, 1], [1, 1]))
t(lambda: np.expand_dims(np.ones(2), (0, 0)))
t(lambda: np.expand_dims(np.ones(2), (0, -3)))
