# complex ** 1, 2, 3 are plain products in NumPy's nc_pow (a zero part keeps the product's sign)
import numpy as np
a = np.array([-2.5 + 0j, 1j, 1 + 1j, -1.5 - 0j, 0.5 - 2j])
for e in [1, 2, 3, 4, -1, -2, 5, np.float16(2), np.float64(3), 2.0]:
    print(repr(a ** e), repr(np.power(a, e)))
