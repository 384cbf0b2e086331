# Decimal is a numbers.Number (and no more); Fraction is a Rational; the builtins sit at their levels
import numbers
from decimal import Decimal
from fractions import Fraction

for v in (1, True, 1.5, 2j, Fraction(1, 3), Decimal('1.1'), '1', None):
    print(type(v).__name__, [isinstance(v, c) for c in (numbers.Number, numbers.Complex, numbers.Real,
                                                        numbers.Rational, numbers.Integral)])
print(issubclass(Decimal, numbers.Number), issubclass(Decimal, numbers.Real))
