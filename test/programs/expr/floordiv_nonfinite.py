# float floor division, modulo and divmod with infinities and NaNs: C's tests count a NaN as non-zero, so these are NaNs (Python floats, NumPy scalars and arrays)
import numpy as np
inf, nan = float("inf"), float("nan")
cases = [(inf, 1/3), (-inf, -1), (nan, -7), (-2.5, nan), (7.5, inf), (-7.5, inf), (inf, inf), (0.0, -3.0), (-0.0, 3.0), (5.0, -0.5), (1e308, 1e-308), (-1.0, 3.0)]
for a, b in cases:
    print(a, b, a // b, a % b, divmod(a, b))
    x, y = np.float64(a), np.float64(b)
    with np.errstate(all="ignore"):
        print("  np", x // y, x % y, np.divmod(x, y), np.floor_divide(np.array([a]), b), np.remainder(np.array([a]), b))
for a, b in [(7, inf), (-7, inf), (3, nan)]:
    print(a, b, a // b, a % b)
# pow() with a modulus: complex operands refuse before the integer check
for expr in ('pow(-3j, 1.5, 7)', 'pow(2, 3j, 5)', 'pow(2.0, 3, 5)', 'pow(2, 3, 5.0)', 'pow(1j, 2, 3)', 'pow(3, 4, 5)'):
    try:
        print(expr, eval(expr))
    except Exception as e:
        print(expr, type(e).__name__, e)
