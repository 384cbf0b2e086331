# legacy='1.13' float and complex scalars print as NumPy 1.13 did: %g with 12/17 significant digits
# (6/8 for float32 and float16), '.0' after a bare integer; f-strings format the Python float
import numpy as np
with np.printoptions(legacy='1.13'):
  for v in [np.float64(-90.1), np.float64(1/3), np.float64(1e16), np.float64(1e-5), np.float64(2.0), np.float64(123456789012.5), np.float32(0.1), np.float32(1/3), np.float32(1e10), np.float16(0.1), np.float16(1/3), np.float16(2048), np.complex128(1/3+0.1j), np.complex64(0.1+1j), np.float64(np.nan), np.float64(-np.inf), np.float32(2.0), np.float64(1e22),
            np.complex128(2j), np.complex128(-0.0-1.5j), np.complex64(np.nan+1j), np.float64(-0.0), np.float32(1e-7), np.float64(1e100), np.float64(0.1)]:
    print(type(v).__name__, str(v), repr(v), [v], f'{v}')
  print(np.array([(1.5, 2)], dtype='f8,i4')[0], repr(np.array([(1/3, 2)], dtype='f8,i4')[0]))
