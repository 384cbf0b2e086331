# divmod of timedelta64 by timedelta64 (quotient int64, remainder timedelta)
import numpy as np
print(divmod(np.timedelta64(7, 'D'), np.timedelta64(2, 'D')), divmod(np.timedelta64(-7, 'h'), np.timedelta64(2, 'D')))
q, r = np.divmod(np.array([10, -10, 3], dtype='m8[s]'), np.timedelta64(4, 's'))
print(q, repr(r))
q, r = divmod(np.array([90, 150], dtype='m8[m]'), np.timedelta64(1, 'h'))
print(q, r, q.dtype)
try:
    divmod(np.datetime64('2024-01-01'), np.timedelta64(1, 'D'))
except TypeError as e:
    print(type(e).__name__, e)
