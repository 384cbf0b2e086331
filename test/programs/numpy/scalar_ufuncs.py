# NumPy scalar arithmetic and ufuncs of scalars (float64, int64; floor division and remainder signs, NaN
# and infinity, errors reported as NumPy reports them)
import numpy as np
x, z, n = np.float64(2.5), np.int64(7), np.float64(np.nan)
inf = np.float64(np.inf)
print(repr(np.sqrt(x)), repr(np.exp(x)), repr(np.log(x)), repr(np.maximum(x, 3)), repr(np.hypot(x, 2)), repr(np.arctan2(x, 1.0)))
print(repr(z % 3), repr(z // 2), repr(-z % 3), repr(z % -3), repr(np.maximum(z, 9)), repr(z ** 2), repr(np.negative(z)), repr(abs(-z)))
print(repr(x % 1), repr(x // 1), repr(-x % 2), repr(x ** 2), repr(x ** 0.5), repr(2 ** x), repr(np.isnan(x)), repr(np.isnan(n)), repr(np.sqrt(n)))
print(repr(inf + 1), repr(inf * 2), repr(-inf), repr(np.exp(inf)), repr(np.exp(-inf)))
print(repr(np.floor(x)), repr(np.ceil(x)), repr(np.round(x)), repr(round(x, 1)), repr(np.sign(-x)), repr(np.power(x, 3)), repr(np.power(x, 3.0)))
for expr in ["inf - inf", "np.log(np.float64(-1))", "np.sqrt(np.float64(-1))", "x / 0", "z // 0", "z % 0", "np.float64(1e308) * 10", "np.log(np.float64(0))", "inf * 0", "np.exp(np.float64(1000))"]:
    print(expr, repr(eval(expr)))
for a_ in [7, -7, 0, 2**62]:
    for b_ in [3, -3, 1, -1]:
        z1 = np.int64(a_)
        print(repr(z1 % b_), repr(z1 // b_), repr(b_ % z1) if a_ else '', repr(b_ // z1) if a_ else '', end=' ')
    print()
for a_ in [7.5, -7.5, 0.0, -0.0, 1e-300, 3.0]:
    for b_ in [2.0, -2.0, 0.1, 3]:
        x1 = np.float64(a_)
        print(repr(x1 % b_), repr(x1 // b_), repr(b_ % x1) if a_ else '', repr(b_ // x1) if a_ else '', end=' ')
    print()
print(repr(np.int64(5) // 0), repr(np.float64(5) % 0))
vals = [0.125, 2.5, 3.5, -2.5, 1.005, 2.675, 123.456, -0.0004, 1e300, 0.5e-320, -7.25, 1234567.891]
for v in vals:
    x = np.float64(v)
    print(repr(round(x, 2)), repr(round(x)), repr(round(x, 0)), repr(round(x, -1)), repr(np.round(x, 3)), repr(round(x, -2)), repr(np.round(x, 10)))
