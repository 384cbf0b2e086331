import numpy as np
for f in [lambda: np.matmul(np.ones((2, 1, 3)), np.ones((4, 3, 2))), lambda: np.ones((3,2,2)) @ np.ones((2,2,2)), lambda: np.matmul(np.ones((2, 2, 3)), np.ones(3)), lambda: np.ones((5,2,2,3)) @ np.ones((4,3,1)), lambda: np.ones((2,3)) @ np.ones((4,3,2)), lambda: np.ones((3,)) @ np.ones((2,3,4))]:
  try: print(repr(f().shape))
  except Exception as e: print(type(e).__name__, e)
