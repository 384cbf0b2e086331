# integer power wraps every product to the dtype's width (NumPy's integer power loop), for every width
import numpy as np
for dt in [np.int8, np.uint8, np.int16, np.uint16, np.int32, np.uint32, np.int64, np.uint64]:
    a = np.array([2, 3, 7, 11, 255, 127]).astype(dt)
    print(dt.__name__, a ** np.array([7, 40, 100, 13, 3, 2]).astype(dt), a ** 2, a ** np.uint8(9))
print(3 ** np.array([65535], dtype=np.uint16), np.power(np.int8(-3), np.int8(5)), np.int16(7) ** np.int16(11))
