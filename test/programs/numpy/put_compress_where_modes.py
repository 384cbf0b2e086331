# np.put's modes ('wrap' is i mod n, 'clip' clamps negatives to 0, 'raise' checks bounds); np.compress
# with a condition longer than the axis; np.where casts a Python scalar unsafely to the result dtype
import numpy as np
a = np.arange(10).reshape(2, 5).astype(np.float32)
for mode in ['raise', 'wrap', 'clip']:
    for ind in [[1, 2, 3], [-3, 8, 5], [-8, 6, 3], [12, -11, -1]]:
        b = a.copy()
        try:
            np.put(b, ind, [9, 8], mode=mode)
            print(mode, ind, b.ravel())
        except IndexError as e:
            print(mode, ind, 'IndexError', e)
try:
    np.put(a.copy(), [1], [2], mode='xx')
except ValueError as e:
    print('ValueError', e)
print(np.compress([True, False, True, False, False, False], a[0]), np.compress([False, True], a, axis=1))
for cond in ([True, False, True], [0, 1, 0, 0, 1, 0, 0]):
    try:
        print(np.compress(cond, a, axis=0))
    except IndexError as e:
        print('IndexError', e)
u = np.array([1, 7, 9], dtype=np.uint16)
print(np.where(u > 5, u, -1), np.where(u > 5, np.int8(3), 300.5), np.where(u < 8, 2**40, np.array([1], np.int8)))
