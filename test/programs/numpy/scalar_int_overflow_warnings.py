# Operators on NumPy integer scalars report overflow ("overflow encountered in scalar add", ...) as
# RuntimeWarnings; the same ufunc called directly, or on arrays, wraps silently.
import warnings
import numpy as np

def attempt(label, f):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        r = f()
    print(label, repr(r), [str(w.message) for w in caught])

attempt("add", lambda: np.int8(127) + np.int8(1))
attempt("sub unsigned", lambda: np.uint8(0) - np.uint8(1))
attempt("mul python int", lambda: np.int16(200) * 200)
attempt("int64 add", lambda: np.int64(2**62) + 2**62)
attempt("uint64 sub", lambda: np.uint64(5) - np.uint64(6))
attempt("floordiv min", lambda: np.int8(-128) // np.int8(-1))
attempt("mod min", lambda: np.int8(-128) % np.int8(-1))
attempt("divmod min", lambda: divmod(np.int32(-2**31), np.int32(-1)))
attempt("negative min", lambda: -np.int8(-128))
attempt("negative unsigned", lambda: -np.uint8(3))
attempt("negative zero unsigned", lambda: -np.uint8(0))
attempt("abs min", lambda: abs(np.int64(-2**63)))
attempt("power wraps quietly", lambda: np.int8(5) ** np.int8(100))
attempt("shift wraps quietly", lambda: np.int8(1) << 10)
attempt("ufunc call", lambda: np.add(np.int8(127), np.int8(1)))
attempt("array", lambda: np.array([127], dtype=np.int8) + 1)
attempt("in range", lambda: np.int8(100) + np.int8(27))
attempt("promoted", lambda: np.uint8(200) + np.int8(100))
attempt("divide by zero", lambda: divmod(np.int8(5), np.int8(0)))

x = np.uint8(250)
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        x += 10
    except RuntimeWarning as e:
        print(type(e).__name__, e)
with np.errstate(over="ignore"):
    print(np.int32(2**31 - 1) + np.int32(1))
with np.errstate(over="raise"):
    try:
        np.int16(-32768) * np.int16(-1)
    except FloatingPointError as e:
        print(type(e).__name__, e)
