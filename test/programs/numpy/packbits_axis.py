# np.packbits packs along an axis (each lane zero-padded to whole bytes) and checks the input's dtype
import numpy as np
print(repr(np.packbits(np.array([[1, 1], [0, 1]]), axis=1)), repr(np.packbits(np.array([[1, 0, 1], [0, 1, 1]]), axis=0)))
a = np.array([[[1, 0, 1], [0, 1, 0]], [[1, 1, 0], [0, 0, 1]]], dtype=np.uint8)
print(np.packbits(a, axis=-1), np.packbits(a, axis=1), np.packbits(a), np.packbits([True, False, True], bitorder='little'))
print(np.unpackbits(np.packbits(a, axis=2), axis=2))
try:
    np.packbits([1.5])
except TypeError as e:
    print(e)
