# cmath: a quadratic solver and every function over a spread of finite complex arguments
import cmath, math
a, b, c = 1, 2, 5
d = (b ** 2) - (4 * a * c)
sol1 = (-b - cmath.sqrt(d)) / (2 * a)
sol2 = (-b + cmath.sqrt(d)) / (2 * a)
print('The solution are {0} and {1}'.format(sol1, sol2))
vals = [0, 1, -1, 4, -4, 2j, -2j, 1+1j, -3+4j, 0.5-0.25j, 3.7, -0.0, complex(0, -0.0), 1e-3+20j, 100, -100+1j]
for z in vals:
    print(z, cmath.sqrt(z), cmath.exp(z), cmath.sin(z), cmath.cos(z), cmath.tan(z), cmath.sinh(z), cmath.cosh(z), cmath.tanh(z))
    print(' ', cmath.phase(z), cmath.polar(z), cmath.asin(z), cmath.acos(z), cmath.atan(z) if z not in (1j, -1j) else '', cmath.asinh(z), cmath.acosh(z))
    if z != 0:
        print(' ', cmath.log(z), cmath.log10(z), cmath.log(z, 2), cmath.atanh(z) if z not in (1, -1) else '')
print(cmath.rect(2, math.pi / 3), cmath.pi, cmath.e, cmath.inf, cmath.infj, cmath.nanj, cmath.isclose(1+1j, 1+1.0000000001j), cmath.isfinite(1j), cmath.isnan(cmath.nanj), cmath.isinf(cmath.infj))
for bad in [lambda: cmath.log(0), lambda: cmath.sqrt('x'), lambda: cmath.atanh(1)]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
