# The cmath module: values to the last digit, errors, special values, a quadratic solver
import cmath, math, random
random.seed(5)
for code in ['cmath.sqrt("x")','cmath.log(0)','cmath.exp(1000)','cmath.atanh(1)','cmath.log(1,0)','cmath.sqrt()','cmath.phase("a")','cmath.rect(1e308, 0.5)', 'cmath.cosh(1000)','cmath.isclose(1,2,rel_tol=-1)', 'cmath.polar(complex(1e308,1e308))', 'cmath.log(1+1j, 1)', 'cmath.sqrt(1,2)', 'cmath.acos(2)', 'cmath.log10(0)', 'cmath.log()', 'cmath.log(1,2,3)', 'cmath.rect(1)', 'cmath.sqrt(x=1)', 'cmath.exp(710+0j)', 'cmath.sinh(800)', 'cmath.rect(1e308, 1e308)']:
    try:
        print(code, eval(code))
    except Exception as e:
        print(code, type(e).__name__, e)
print(cmath.sqrt(-1), cmath.sqrt(4), cmath.exp(1j * cmath.pi), cmath.polar(1j), cmath.rect(2, cmath.pi / 2), cmath.phase(-1), cmath.phase(complex(-1, -0.0)), cmath.inf, cmath.infj, cmath.nanj, cmath.e, cmath.tau)
print(cmath.log(8, 2), cmath.log(-1), cmath.log10(100), cmath.sin(1 + 1j), cmath.cos(1 + 1j), cmath.tan(1 + 1j), cmath.asin(2), cmath.acos(2), cmath.atan(2j), cmath.sinh(1j), cmath.cosh(1), cmath.tanh(1 + 2j), cmath.asinh(1), cmath.acosh(0.5), cmath.atanh(0.5 + 0.5j))
print(cmath.isfinite(1 + 1j), cmath.isinf(complex('inf')), cmath.isnan(cmath.nanj), cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1, 1.1, abs_tol=0.2))
print(cmath.sqrt(complex(-0.0, -0.0)), cmath.sqrt(-4 + 0j), cmath.sqrt(complex(-4, -0.0)), cmath.exp(complex('inf')), cmath.exp(complex('-inf')), cmath.log(complex('inf')), cmath.sqrt(complex('inf')), cmath.sqrt(complex('-inf')), cmath.sqrt(complex('nan')))
def solve(a, b, c):
    d = cmath.sqrt(b * b - 4 * a * c)
    return (-b + d) / (2 * a), (-b - d) / (2 * a)
for coeffs in [(1, 2, 5), (1, -3, 2), (2, 0, 8), (1, 1, 1)]:
    print(coeffs, solve(*coeffs))
fs = ['sqrt', 'exp', 'log', 'log10', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh']
for z in [0.5 + 0.25j, -2 + 3j, 1e-8 - 2j, 30 + 0.1j, -0.75 - 0.5j, 1 + 1e-3j, 3, 2.5]:
    print(z, [getattr(cmath, f)(z) for f in fs])
print(cmath.polar(-3 - 4j), cmath.rect(5, -2.214297435588181), cmath.log(1j, 10), cmath.sqrt(complex(1e-320, 1e-320)), cmath.acos(1e300 + 1e300j), cmath.atanh(1e200j))
print(math.sinh(0.3), math.cosh(2.5), math.tanh(0.7), math.asinh(3.3), [math.tanh(x / 7) for x in range(-10, 11, 3)])
