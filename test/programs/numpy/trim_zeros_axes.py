# np.trim_zeros: 1-d lists/tuples/arrays, N-d bounding boxes, one axis, trim validation
import numpy as np
for f in [lambda: np.trim_zeros([0,1,0]), lambda: np.trim_zeros((0,1,2,0)), lambda: np.trim_zeros(np.array([0,0]), 'f'), lambda: np.trim_zeros(np.zeros((2,3))), lambda: np.trim_zeros(np.array([[0,0,0],[0,1,0],[0,0,0]])), lambda: np.trim_zeros(np.array([[0,0,2],[0,1,0]]), 'b', axis=0), lambda: np.trim_zeros(np.array([1,0]), 'x'), lambda: np.trim_zeros(np.array([0,1,0]), 'FB'),
          lambda: np.trim_zeros(np.array((0, 0, 0, 1, 2, 3, 0, 2, 1, 0))), lambda: np.trim_zeros(np.array((0, 0, 0, 1, 2, 3, 0, 2, 1, 0)), 'b'), lambda: np.trim_zeros(np.array([[0, 0, 2], [0, 1, 0]]), axis=1), lambda: np.trim_zeros(np.array([[0, 0, 2, 0], [0, 1, 0, 0]]), 'f', axis=-1),
          lambda: np.trim_zeros(np.array([0., 1.5, 0.]), 'f'), lambda: np.trim_zeros(np.array([0j, 1j])), lambda: np.trim_zeros([0, 0]), lambda: np.trim_zeros(np.array([[0, 0], [0, 3]]), axis=2)]:
  try: print(repr(f()))
  except Exception as e: print(type(e).__name__, e)
