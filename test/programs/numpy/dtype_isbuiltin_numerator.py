# dtype.isbuiltin (0 for fields, sub-arrays, swapped, sized text, time types) and integer scalars' numerator/denominator
import numpy as np
print(np.dtype('f8').isbuiltin, np.dtype([('a','i4')]).isbuiltin, np.dtype('>f8').isbuiltin, np.dtype('U3').isbuiltin, np.dtype('S0').isbuiltin, np.dtype('U').isbuiltin, np.dtype('M8[s]').isbuiltin, np.dtype('(2,)i4').isbuiltin, np.dtype('O').isbuiltin, np.dtype('?').isbuiltin)
print(np.int64(6).numerator, np.int64(6).denominator, np.uint8(3).numerator, hasattr(np.float64(1), 'numerator'), repr(np.int8(3).numerator))
