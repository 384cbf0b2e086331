# NumPy scalars through str/repr/format specs/%-formatting and round/abs/int/float/bool/hash:
# round() refuses bool and complex scalars; int()/float() of a complex scalar take the real part with a ComplexWarning
import numpy as np
import warnings
warnings.simplefilter('always')
vals = [np.float64(2.5), np.float32(1.1), np.float16(3.14), np.int64(-7), np.uint8(200), np.int32(5), np.bool_(True), np.complex128(1+2j), np.complex64(0.5-1j), np.float64(1e-7), np.float32(123456789.0)]
for v in vals:
    row = [str(v), repr(v), f"{v}", "%s" % v, "%r" % v]
    for spec in ("", ".3f", ">10", "^9", "+", ".2e", "08.3f", ",", ".3g", "e", "%", "x", "d", "05d", "b"):
        try:
            row.append(format(v, spec))
        except Exception as e:
            row.append(type(e).__name__ + ":" + str(e))
    print(type(v).__name__, row)
    for f in (round, abs, int, float, bool, hash):
        try:
            with warnings.catch_warnings(record=True) as caught:
                r = f(v)
            print("  ", f.__name__, repr(r), type(r).__name__, [str(w.message) for w in caught])
        except Exception as e:
            print("  ", f.__name__, type(e).__name__, e)
    try:
        print("  round2", repr(round(v, 2)), type(round(v, 2)).__name__)
    except Exception as e:
        print("  round2", type(e).__name__, e)
print("%d %5.2f %x %o %e %g" % (np.int64(42), np.float32(3.14159), np.int16(255), np.uint8(8), np.float64(12345.678), np.float16(0.0001)))
print("{:.2f} {:d} {:>6} {!r} {!s}".format(np.float64(1.005), np.int8(-3), np.float32(2.5), np.int64(9), np.float64(0.1)))
