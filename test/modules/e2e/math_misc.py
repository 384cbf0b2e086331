# math: integer functions, errors and special values
import math

print(math.factorial(30), math.comb(100, 50), math.perm(20, 5), math.perm(5), math.isqrt(10 ** 40 + 12345))
print(math.gcd(2 ** 100, 6 ** 40), math.lcm(2 ** 40, 3 ** 20, 10), math.gcd(), math.lcm(), math.gcd(-12, 18))
print(math.floor(-1e300) == -10 ** 300 or math.floor(-1e300), math.ceil(2.5), math.trunc(-2.5), math.floor(True))
print(math.fsum([1e100, 1.0, -1e100]), math.fsum([0.1] * 10), math.prod(range(1, 11)), math.prod([], start=5))
print(math.hypot(3, 4, 12), math.hypot(), math.dist([1, 2, 3], [4, 6, 15]), math.hypot(1e300, 1e300))
print(math.frexp(0.1), math.ldexp(0.8, 1000), math.modf(-3.5), math.modf(math.inf))
print(math.copysign(1, -0.0), math.copysign(math.inf, -1), math.nextafter(1, 2), math.ulp(1.0), math.ulp(0.0))
print(math.remainder(10, 3), math.remainder(11, 2), math.remainder(-11, 2), math.fmod(-10, 3))
print(math.log(2 ** 1000), math.log2(2 ** 1000), math.log10(10 ** 500), math.log(10 ** 500, 10))
print(math.gamma(0.5), math.lgamma(100), math.gamma(-1.5), math.erf(0.5), math.erfc(0.5))
print(math.isclose(1, 1 + 1e-10), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-12, abs_tol=1e-11))
print(math.pow(2, 0.5), math.pow(-8, 1 / 3) if False else math.pow(-8, 3), math.exp(-1), math.log1p(1e-10))
print(math.sin(1), math.cos(1), math.tan(1), math.atan2(-1, -1), math.asin(0.5), math.acos(-0.5))
print(math.degrees(1), math.radians(90), math.sinh(1), math.cosh(1), math.tanh(1), math.asinh(1), math.acosh(2), math.atanh(0.5))
for expr in [
    ('math.sqrt(-1)', lambda: math.sqrt(-1)),
    ('math.log(0)', lambda: math.log(0)),
    ('math.log(-1, 10)', lambda: math.log(-1, 10)),
    ('math.exp(1000)', lambda: math.exp(1000)),
    ('math.factorial(-1)', lambda: math.factorial(-1)),
    ('math.factorial(1.5)', lambda: math.factorial(1.5)),
    ('math.comb(-1, 1)', lambda: math.comb(-1, 1)),
    ('math.isqrt(-4)', lambda: math.isqrt(-4)),
    ('math.acos(2)', lambda: math.acos(2)),
    ('math.pow(0, -1)', lambda: math.pow(0, -1)),
    ('math.fmod(1, 0)', lambda: math.fmod(1, 0)),
    ('math.ldexp(1, 2000)', lambda: math.ldexp(1, 2000)),
    ('math.floor(math.nan)', lambda: math.floor(math.nan)),
    ('math.ceil(math.inf)', lambda: math.ceil(math.inf)),
    ("math.sqrt('x')", lambda: math.sqrt('x')),
    ("math.trunc('x')", lambda: math.trunc('x')),
    ('math.gcd(1.5)', lambda: math.gcd(1.5)),
    ('math.fsum([math.inf, -math.inf])', lambda: math.fsum([math.inf, -math.inf])),
    ('math.fsum([1e308, 1e308])', lambda: math.fsum([1e308, 1e308])),
    ('math.dist([1], [1, 2])', lambda: math.dist([1], [1, 2])),
    ('math.log(1, 1)', lambda: math.log(1, 1)),
    ('math.gamma(0)', lambda: math.gamma(0)),
    ('math.lgamma(-1)', lambda: math.lgamma(-1)),
    ('math.cosh(1000)', lambda: math.cosh(1000)),
    ('math.sqrt(10 ** 400)', lambda: math.sqrt(10 ** 400)),
    ('math.sqrt()', lambda: math.sqrt()),
    ('math.pow(1)', lambda: math.pow(1)),
    ('math.log()', lambda: math.log()),
    ('math.isclose(1)', lambda: math.isclose(1)),
    ('math.prod()', lambda: math.prod()),
]:
    try:
        print(expr[0], "->", expr[1]())
    except Exception as e:
        print(expr[0], "!", type(e).__name__ + ":", e)
