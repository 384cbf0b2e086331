# result_type / concatenate of three or more numeric dtypes: each promoted with the leading one (int8, uint16, float16 -> float32).
import numpy as np
for t in [('i1','u1','f2'),('i1','u2','f2'),('u2','i1','f2'),('i1','u2','f4'),('i2','u2','f2'), ('i1','u4','f4'), ('u1','i1','i2'), ('i1','u1','u2'), ('u4','i4','f4'), ('i8','u8','f2'), ('b','i1','u1','f2'), ('f2','i1','u2'), ('i1','u2','c8')]:
  print(t, np.result_type(*t), end=' | ')
print()
a, b, c = np.zeros(1, 'i1'), np.zeros(1, 'u2'), np.zeros(1, 'f2')
print(np.concatenate([a, b, c]).dtype, np.stack([a, b, c]).dtype, np.vstack([a, b, c]).dtype, np.result_type(a, b, c), np.where(a > 0, b, c).dtype)
print(np.concatenate([a, c, b]).dtype, np.result_type(a, 1.0, b, c), np.result_type(np.int8, np.uint16, 1.0), np.result_type(np.int8, np.uint16, 1), np.result_type('?', 'i1', 'f2', 'c8'), np.result_type('u1', 'i1', 'i2', 'u2'))
print(np.result_type('i1', 'u2', 'f2', 'U3') if False else '', np.result_type('M8[s]', 'M8[ms]', 'M8[D]'), np.result_type('U2', 'U5', 'U1'), np.result_type('f2', 'i8', 'u1'))
