# comparing an integer array with a Python int outside its dtype's range is exact in NumPy 2: every
# element gets the same answer; logical ufuncs only look at a Python scalar's truth
import numpy as np
u = np.array([0, 1, 200], dtype=np.uint8)
i = np.array([-5, 0, 100], dtype=np.int8)
for v in [-1, -129, 256, 300, 2**40, -2**63, 255, -128]:
    print(v, u == v, u != v, u < v, u <= v, u > v, u >= v, v < u, v >= i, i == v, np.uint8(3) > v, np.less(v, i))
print(np.array([2**64 - 1], dtype=np.uint64) == -1, np.array([5], np.int64) < 2**63)
print(np.logical_and(-129, np.array([1, 0, 2], dtype=np.uint64)), np.logical_xor(300, np.array([0, 1], dtype=np.uint8)), np.logical_or(u, -1))
