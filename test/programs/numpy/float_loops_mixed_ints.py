# binary ufuncs with float loops only pick their loop from the operands' own dtypes (int8 with uint8
# -> float16, int16 with uint16 -> float32), and complex64 division runs in float32 steps
import numpy as np

ints = ['?', 'i1', 'u1', 'i2', 'u2', 'i4', 'u4', 'i8', 'u8']
def vals(d):
    if d == '?':
        return np.array([True, False, True], dtype=d)
    return np.array([3, 0, 7] if d[0] == 'u' else [-3, 0, 7], dtype=d)

for f in [np.arctan2, np.hypot, np.copysign, np.logaddexp, np.logaddexp2, np.nextafter, np.heaviside, np.float_power]:
    row = []
    for a in ints:
        for b in ints:
            row.append(f(vals(a), vals(b)[::-1]).dtype.char)
    print(f.__name__, ''.join(row))
print(np.hypot(vals('i1'), vals('u1')), np.copysign(vals('u2'), vals('i2')))
print(np.arctan2(np.int8(1), np.uint8(3)).dtype, np.hypot(np.int16(3), np.uint16(4)))

c = np.array([1 + 2j, -3.5j, 7, 0.3 - 7j], dtype=np.complex64)
for other in [c[::-1], vals("i1")[[0, 2, 2, 0]], np.float32(3), np.complex64(3 - 0.7j)]:
    print((c / other).tolist())
    print((other / c).tolist())
print(np.reciprocal(c).tolist())
print(np.complex64(1 + 2j) / np.complex64(3 - 0.7j), np.complex64(-3) / np.complex64(-3.5j))
z = np.array([7, -0.5j, 3 + 4j, 1e-3 - 2j], dtype=np.complex128)
print(np.reciprocal(z).tolist(), np.reciprocal(z.astype(np.complex64)).tolist())
