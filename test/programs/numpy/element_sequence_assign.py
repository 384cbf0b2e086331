import numpy as np
for dt in ['m8[s]', 'S3', np.float32, np.uint16, np.float16, np.complex64]:
  d = np.zeros(3, dtype=dt)
  for v in [[1, 2], np.array([1, 2]), np.array([1]), np.array([[1]])]:
    try: d[0] = v; print(dt, repr(v), 'ok', d[0])
    except Exception as e: print(dt, repr(v), type(e).__name__, e)
d = np.zeros((2,2), dtype=int)
for k in [(0,0), (np.int64(0), 1)]:
  try: d[k] = [1,2]
  except Exception as e: print(type(e).__name__, e)
d = np.zeros(3, dtype=int)
try: d[np.int64(0)] = [1,2]
except Exception as e: print(type(e).__name__, e)
try: d[...,0] = [1,2]
except Exception as e: print(type(e).__name__, e)
try: d.itemset if False else d.__setitem__(0, {1:2})
except Exception as e: print(type(e).__name__, e)
try: d[0] = 'abc'
except Exception as e: print(type(e).__name__, e)
try: d[0] = None
except Exception as e: print(type(e).__name__, e)
b = np.zeros(3, dtype=bool); b[0] = np.array([[5]]); b[1] = (0,); b[2] = [0]; print(b)
a=np.arange(4)
for k in [np.array([], dtype=float), [], (), np.array([], dtype=object), np.array([], dtype='U1'), [[]]]:
  try: print(repr(a[k]))
  except Exception as e: print(type(e).__name__, e)
for dt in [int, float, np.int8, complex, bool, 'U3', object, 'M8[D]']:
  d = np.zeros(3, dtype=dt)
  for v in [[1, 2], (1,2), np.array([1, 2]), [1], [[1]], np.array([1]), []]:
    try: d[0] = v; print(dt, repr(v), 'ok', d[0])
    except Exception as e: print(dt, repr(v), type(e).__name__, e)
