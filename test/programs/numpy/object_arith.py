# Element-wise operations on object arrays go through the elements' Python operators.
import numpy as np
from fractions import Fraction

x = np.array([1, 2, 3], dtype=object)
print(repr(x + 1), repr(x * 2.5), repr(x - x), repr(1 - x), repr(x / 2), repr(x // 2), repr(x % 2), repr(x ** 2))
print(repr(-x), repr(+x), repr(abs(np.array([-1, 2.5], dtype=object))), repr(x & 3), repr(x << 1))
print(repr(x > 1), repr(x == 2), repr(x != 2), repr(x <= 2))
print(repr(np.array(['a', 'b'], dtype=object) * 2), repr(np.array([[1, 2], [3]], dtype=object) * 2))
print(repr(np.array(['a', 'b'], dtype=object) + np.array(['c', 'd'], dtype=object)))
print(repr(np.array([1, 'a', None], dtype=object) == None), repr(np.array([1, 'a'], dtype=object) == 'a'))
print(repr(np.array([1, 2], dtype=object) * np.arange(2)), repr(np.array([1, 2], dtype=object) + np.float64(1.5)))
print(repr(np.array([1, 2], dtype=object) == np.array([1, 3])))
f = np.array([Fraction(1, 3), Fraction(1, 6)], dtype=object)
print(repr(f * 3), f.sum())
d = np.array([1, 2, 3], dtype=object)
d += 1
d *= 2
print(repr(d))

print(repr(np.add(x, 1)), repr(np.maximum(np.array([1, 5], dtype=object), 3)), repr(np.fmin(x, 2)))
print(repr(np.negative(x)), repr(np.square(np.array([1.5, -2], dtype=object))), repr(np.reciprocal(np.array([1.5, -2], dtype=object))))
print(repr(np.sign(np.array([1.5, -2, 0], dtype=object))), repr(np.floor(np.array([1.5, -1.5], dtype=object))), repr(np.conjugate(np.array([1.5, 2j], dtype=object))))
z = np.array([0, 2, 'a', None], dtype=object)
print(repr(np.logical_and(z, 5)), repr(np.logical_or(z, 5)), repr(np.logical_not(z)))
print(repr(np.add(x, 1, out=np.zeros(3), casting='unsafe')), repr(np.add(x, 10, where=np.array([True, False, True]), out=np.zeros(3, dtype=object))))
try:
    np.add(x, 1, out=np.zeros(3))
except TypeError as e:
    print('TypeError:', e)
print(repr(np.array([[1, 2], [3, 4]], dtype=object) @ np.array([[1, 2], [3, 4]], dtype=object)))
print(repr(np.dot(np.array([1, 2], dtype=object), np.array([3, 4]))), repr(np.array([[1, 2], [3, 4]], dtype=object).dot(np.array([1, 1]))))
print(repr(np.isin(np.array([1, 'a', None], dtype=object), [1, None])))

for expr in ["np.array([1, 'a'], dtype=object) + 1", "np.sin(x)", "np.sqrt(np.array(['s'], dtype=object))",
             "np.exp(np.array(['s'], dtype=object))", "np.isnan(x)", "np.isfinite(x)", "np.floor(np.array(['s'], dtype=object))",
             "np.divmod(x, 2)", "np.round(np.array([1.25, 2], dtype=object), 1)", "x.round()",
             "np.maximum(np.array([1, 'a'], dtype=object), 2)", "np.array([1, 2], dtype=object) / 0",
             "np.gcd(np.array([12, -9, 1.5], dtype=object), 6)", "np.lcm(np.array([4, 6], dtype=object), 6)",
             "np.fmod(np.array([-7], dtype=object), 3)", "np.logical_xor(np.array([0, 'a'], dtype=object), 1)"]:
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)
