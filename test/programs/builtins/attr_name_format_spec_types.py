# attribute-name and format-spec arguments: str subclasses accepted, other types rejected with TypeError;
# itertools.count accepts any number (incl. Fraction/Decimal/complex) and rejects non-numbers
import itertools
from fractions import Fraction
from decimal import Decimal
class S(str): pass
print(format(5, S(">4")), getattr(1, S("real")), hasattr(1, S("imag")))
Q = type("Q", (), {})
setattr(Q, S("x"), 1); print(Q.x); delattr(Q, S("x")); print(hasattr(Q, "x"))
print(next(itertools.count(Fraction(1, 2))), next(itertools.count(Decimal("1.5"), 1)), next(itertools.count(1.5, 0.5)), next(itertools.count(1j)))
for f in [lambda: format(1, 2), lambda: format(1, None), lambda: setattr(1, 2, 3), lambda: delattr(Q, 5), lambda: itertools.count('a'), lambda: itertools.count(1, 'b'), lambda: itertools.count([])]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
