# floor division and divmod of infinities and NaNs give NaN (C's `if (mod)` treats NaN as nonzero),
# for Python floats and NumPy arrays alike
import numpy as np
np.seterr(invalid="ignore")
print(float('inf') // 3, float('nan') // -3, divmod(float('inf'), 3.0), float('-inf') // 2.5, float('inf') % 2)
print(7.0 // 0.5, -7.5 // 2, 5 % float('inf'), -5 % float('inf'), divmod(-1e308, float('inf')))
a = np.array([np.inf, -np.inf, np.nan, 5.0, -5.0, 7.5])
print(a // 3.0, a % 3.0, np.divmod(a, -2.0), np.floor_divide(a, np.inf))
print(np.array([np.inf], dtype=np.float16) // np.float16(3), np.float32(np.inf) // np.float32(2))
