import numpy as np
print(np.interp(1.5, [2, 1], [3, 4]), np.interp(0.5, [2, 1], [3, 4]), np.interp(2.5, [2, 1], [3, 4]))
print(np.interp([0, 1, 2.5, 5], [1, 2, 3], [10, 20, 30], left=-1, right=99))
print(np.interp(np.nan, [1, 2], [3, 4]))
