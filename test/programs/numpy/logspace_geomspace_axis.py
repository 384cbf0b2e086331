# np.logspace / np.geomspace put the samples along axis= (as np.linspace does).
import numpy as np
print(np.logspace(0, 2, 3, axis=0))
print(np.logspace([0, 1], [2, 3], 3, axis=1))
print(np.logspace([0, 1], [2, 3], 3, axis=-1, base=2))
print(np.geomspace([1, 10], [100, 1000], 3, axis=1))
print(np.geomspace([[1, 10]], [[100, 1000]], 2, axis=2).shape, np.geomspace([-1, 1], [-8, 8], 4, axis=1))
print(np.linspace([0, 1], [2, 3], 3, axis=1))
