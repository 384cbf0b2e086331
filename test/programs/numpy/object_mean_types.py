# The mean of a whole object array divides the sum object by the count as NumPy's _mean does:
# ints/floats/complex give NumPy scalars, NumPy-scalar elements keep their type, Fraction and Decimal stay exact.
import numpy as np
from fractions import Fraction
from decimal import Decimal
for a in [np.array([1, 2], dtype=object), np.array([1.5, 2], dtype=object), np.array([Fraction(1,2), Fraction(1,4)]), np.array([Decimal('1.1'), Decimal('2')]), np.array([np.float32(1), np.float32(2)], dtype=object), np.array([[1, 2], [3, 5]], dtype=object)]:
  print(repr(a.mean()), repr(np.mean(a)), repr(a.mean(axis=0)))
for a in [np.array([True, False, True], dtype=object), np.array([1j, 2], dtype=object), np.array([1, 2.5, 3], dtype=object), np.array([2**70, 1], dtype=object), np.array([np.int8(1), np.int8(2)], dtype=object)]:
    try: print(repr(a.mean()), repr(np.mean(a)))
    except Exception as e: print(type(e).__name__, e)
print(repr(np.array([[1, 2], [3, 5]], dtype=object).mean(axis=1)), repr(np.array([1, 2], dtype=object).mean(keepdims=True)))
