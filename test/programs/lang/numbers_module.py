# numbers: the numeric ABCs — builtins, Fraction and NumPy scalars are registered at the right levels; abstract methods
import numbers
from fractions import Fraction
import numpy as np
vals = [1, True, 2.5, 3j, Fraction(1, 3), np.int32(4), np.float64(1.5), np.complex128(1j), np.bool_(True), 'x', None, [1]]
for v in vals:
    print(type(v).__name__, [isinstance(v, c) for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)])
print(issubclass(int, numbers.Real), issubclass(float, numbers.Integral), issubclass(bool, numbers.Number))
class MyNum(numbers.Real):
    pass
try:
    MyNum()
except TypeError as e:
    print('abstract', str(e)[:60])
def total(xs):
    return sum(x for x in xs if isinstance(x, numbers.Number))
print(total([1, 2.5, 'a', 3j, None]))
