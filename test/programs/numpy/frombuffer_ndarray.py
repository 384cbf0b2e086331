import numpy as np
a = np.arange(6, dtype=np.int32)
for f in [lambda: np.frombuffer(a.reshape(2,3).T), lambda: np.frombuffer(a, dtype=np.int16, count=3, offset=2), lambda: np.frombuffer(a[::2]), lambda: np.frombuffer(a, dtype=np.uint8), lambda: np.frombuffer(a[2:], dtype=np.int32), lambda: np.frombuffer(a, dtype=np.int32, offset=3)]:
  try: print(repr(f()))
  except Exception as e: print(type(e).__name__, e)
b = np.frombuffer(a, dtype=np.int32); print(b.flags.writeable, b.base is a, np.shares_memory(a, b))
b[0] = 99; print(a)
c = np.frombuffer(a.reshape(2, 3), dtype=np.int32); print(c)
a.flags.writeable=False; print(np.frombuffer(a, dtype=np.int32).flags.writeable)
print(np.frombuffer(np.float64(1.5).tobytes()))
