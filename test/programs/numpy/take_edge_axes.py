# np.take on a 0-d array takes along its one element as a 1-d array would; a non-empty take from an
# empty axis fails with NumPy's message whatever the mode.
import numpy as np
for f in [lambda: np.take(np.array(5.), 0, axis=0), lambda: np.take(np.array(5.), 2, axis=0), lambda: np.take(np.array(5.), [0, 0], axis=0), lambda: np.take(np.zeros((0, 3)), [], axis=0),
          lambda: np.take(np.zeros((0, 3)), 0, axis=0), lambda: np.take(np.zeros((0, 3)), 0, axis=0, mode='wrap'), lambda: np.take(np.zeros((0, 3)), 0, axis=0, mode='clip'),
          lambda: np.take(np.zeros(0), [1]), lambda: np.take(np.array(5.), 0, axis=1), lambda: np.take(np.array(5.), 0), lambda: np.array([[1, 2]]).take([1], axis=-1),
          lambda: np.float64(3).take(0), lambda: np.take(np.arange(3), [[0, 2]])]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
