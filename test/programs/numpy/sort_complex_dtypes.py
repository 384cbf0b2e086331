# np.sort_complex: the complex dtype it returns for each input dtype
import numpy as np
for dt in [np.int8, np.uint8, np.int16, np.uint16, np.int32, np.uint32, np.float32, np.float16, np.bool_, np.int64, np.float64, np.complex64]:
    r = np.sort_complex(np.array([1, 0, 1], dtype=dt))
    print(np.dtype(dt).name, r.dtype, r)
