# casting= arguments: a non-str is a TypeError, an unknown name lists the valid ones (astype also knows
# 'same_value'); can_cast no longer ignores a bad one.
import numpy as np
for f in [lambda: np.add(1, 2, casting='bad'), lambda: np.zeros(2).astype(int, casting='bad'), lambda: np.can_cast('i8', 'i4', casting='bad'),
          lambda: np.add(1, 2, casting=5), lambda: np.zeros(2).astype(int, casting=None), lambda: np.can_cast('i8', 'i4', casting='same_kind'),
          lambda: np.zeros(2).astype(np.int8, casting='same_kind'), lambda: np.zeros(2).astype(np.float32, casting='same_kind'), lambda: np.can_cast('i8', 'i4'),
          lambda: np.zeros(2).astype(int, casting='safe'), lambda: np.add(np.ones(2), 1, casting='no', out=np.zeros(2)), lambda: np.can_cast('f8', 'f4', casting='no')]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
for f in [lambda: np.add(1, 2, casting=None), lambda: np.can_cast('i8', 'i4', casting=None)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
