# np.argmax/np.argmin: a 0-d array checks its axis as a 1-d array would and answers 0; only empty lanes
# raise (an empty result over non-empty lanes is an empty array).
import numpy as np
for f in [lambda: np.argmax(np.array(5.), axis=0), lambda: np.argmin(np.array(5.), axis=-1), lambda: np.argmax(np.array(5.), axis=3), lambda: np.float64(2).argmax(axis=0),
          lambda: np.argmax(np.array(5.), axis=0, keepdims=True), lambda: np.argmax(np.zeros((0, 3)), axis=1), lambda: np.argmax(np.zeros((0, 3)), axis=0), lambda: np.argmin(np.zeros((0, 3))),
          lambda: np.argmax(np.array(5.)), lambda: np.argmin(np.zeros((3, 0)), axis=0)]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for s, ax in [((0, 0), 0), ((0, 0), 1), ((3, 0), 0), ((3, 0), 1), ((0, 3), 1)]:
    try:
        print(s, ax, repr(np.argmax(np.zeros(s), axis=ax)))
    except Exception as e:
        print(s, ax, type(e).__name__, e)
