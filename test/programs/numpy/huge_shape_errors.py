# dimensions beyond 2**53 but within int64 are accepted by the shape parser and then fail NumPy's size
# check ("array is too big"); beyond int64, "Maximum allowed dimension exceeded"
import numpy as np

for s in [2**62, 2**63, 2**64, (2**40, 2**40), (2**31, 2**31, 4), np.int64(2**62), [np.uint64(2**63)], (2, 2**62)]:
    for f in (np.zeros, np.ones, np.empty):
        try:
            f(s)
        except Exception as e:
            print(f.__name__, type(e).__name__, e)
try:
    np.arange(4).reshape(2**62, -1)
except ValueError as e:
    print(e)
print(np.zeros(np.int64(3)), np.ones((np.uint8(2),)), np.full(np.int16(2), 7))
