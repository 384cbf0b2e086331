# math module: functions and constants
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(16), math.sqrt(2), math.floor(-2.5), math.ceil(-2.5), math.floor(3), math.trunc(-3.7), type(math.floor(2.5)).__name__)
print(math.exp(1), math.log(math.e), math.log(100, 10), math.log10(1000), math.log2(1024), math.log1p(0), math.expm1(0))
print(math.sin(0), math.cos(0), round(math.sin(math.pi / 2), 12), math.tan(0), math.atan2(1, 1), math.atan(1), math.asin(1), math.acos(1))
print(math.sinh(0), math.cosh(0), math.tanh(0), round(math.hypot(3, 4), 12), math.degrees(math.pi), math.radians(180))
print(math.factorial(10), math.factorial(25), math.gcd(48, 18), math.gcd(0, 5), math.lcm(4, 6), math.comb(10, 3), math.perm(5, 2))
print(math.fabs(-3), math.fmod(7, 3), math.fmod(-7, 3), math.copysign(3, -0.0), math.pow(2, 10), math.isqrt(99))
print(math.isfinite(1.0), math.isinf(math.inf), math.isnan(math.nan), math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1))
print(math.modf(3.25), math.frexp(8.0), math.ldexp(0.5, 4), math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]))
print(math.floor(1e20), math.ceil(10 ** 30 / 7) > 0, math.dist((0, 0), (3, 4)))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.log(0)
except ValueError as e:
    print("ValueError:", e)
print(math.sqrt(10 ** 30), math.floor(-0.0), math.erf(0))
