# np.unpackbits(count=...): keep the first `count` bits of each lane (zero-padded past the end), or
# drop -count bits from its end; with and without an axis, in both bit orders.
import numpy as np

a = np.array([[3, 255], [1, 2]], dtype=np.uint8)
print(np.unpackbits(a, count=4), np.unpackbits(a, count=0), np.unpackbits(a, count=-30))
print(np.unpackbits(a, axis=1, count=10))
print(np.unpackbits(a, axis=1, count=-3))
print(np.unpackbits(a, axis=0, count=1), np.unpackbits(a, axis=1, count=20).shape, np.unpackbits(a, axis=1, count=0).shape)
print(np.unpackbits(a, axis=1, count=5, bitorder="little"))
print(np.unpackbits(np.zeros((0, 2), np.uint8), axis=0, count=3).shape)
try:
    np.unpackbits(a, axis=1, count=-20)
except ValueError as e:
    print(type(e).__name__, e)
