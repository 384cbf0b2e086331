import numpy as np
for f in [lambda: np.int8(300.7), lambda: np.uint8(-1.5), lambda: np.uint8(-0.5), lambda: np.int8(np.float64(300.0)), lambda: np.int8(np.float32(300.0)), lambda: np.int64(1e20), lambda: np.int8(float('nan')), lambda: np.int8(float('inf')), lambda: np.uint8(255.9), lambda: np.int32(-2.5), lambda: np.int8(1.9e3), lambda: np.int64(2.0**62), lambda: np.uint64(1.8e19), lambda: np.int16(-0.0)]:
  try: print(repr(f()))
  except Exception as e: print(type(e).__name__, e)
