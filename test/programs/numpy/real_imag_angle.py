# np.real / np.imag of Python numbers return Python numbers (val.real); np.angle of real input is
# arctan2(0, z), so float32 and float16 inputs keep their dtype; deg2rad/rad2deg in float32 use float32 constants
import numpy as np
for v in [True, 0, 300, -0.5, 0.0, 2 + 3j]:
    print(repr(np.real(v)), repr(np.imag(v)))
for dt in [np.float16, np.float32, np.float64, np.uint16, np.int64, np.complex64]:
    a = np.array([1, -17, 0, 3]).astype(dt)
    print(repr(np.angle(a)), repr(np.angle(a, deg=True)))
print(repr(np.angle(-2.5)), repr(np.angle(1j)), repr(np.angle(np.float32(-1))))
print(repr(np.deg2rad(np.array([-99, -57, -63, 180], dtype=np.float32))), repr(np.rad2deg(np.float32(1.3))))
print(repr(np.sign(np.array([-2, 0, 3]))))
for f in (np.sign, np.positive):
    try:
        f(np.array([True, False]))
    except TypeError as e:
        print(type(e).__name__, e)
for x, y in [(1.5, 2), (np.array([1.5]), np.array([2], np.int32)), (np.array([1.5], np.float32), True)]:
    try:
        np.gcd(x, y)
    except TypeError as e:
        print(type(e).__name__, e)
