# ufunc.reduceat along any axis of an N-d array, with dtype=, and its out-of-bounds IndexError
import numpy as np
print(np.add.reduceat(np.arange(8), [0,4,1,5]))
print(np.add.reduceat(np.arange(8.0), [0,4,1,5], dtype=np.float32))
print(np.multiply.reduceat(np.arange(1,13).reshape(3,4), [0,2], axis=1))
print(np.add.reduceat(np.arange(12).reshape(3,4), [2,0], axis=0))
print(np.add.reduceat(np.arange(12).reshape(3,4), [0,2]))
print(np.maximum.reduceat(np.arange(24).reshape(2,3,4), [0,1,1], axis=-1))
Z = np.ones((16,16)); k = 4; S = np.add.reduceat(np.add.reduceat(Z, np.arange(0, Z.shape[0], k), axis=0), np.arange(0, Z.shape[1], k), axis=1); print(S)
try:
    np.add.reduceat(np.arange(8), [0, 8])
except IndexError as e:
    print(e)
