# A Python class that is not a NumPy scalar type or int/float/complex/str/bytes stands for the object
# dtype (np.dtype(datetime.date), .astype(Decimal)); np.dtype(str) is the size-less '<U'.
import datetime
import decimal
import fractions
import numpy as np

class Plain:
    pass

for t in [datetime.date, datetime.datetime, dict, list, Plain, decimal.Decimal, fractions.Fraction, str, bytes, object, type, int, float]:
    print(t.__name__, repr(np.dtype(t)))
print(np.dtype(str).name, np.dtype(bytes).name, np.dtype(str).itemsize, np.dtype("U5").name)
print(repr(np.array([1, 2]).astype(Plain)), repr(np.zeros(2, dtype=decimal.Decimal)))
print(repr(np.datetime64("2024-01-01", "D").astype(datetime.date)))
print(repr(np.array(["2024-01-01", "2024-02-03"], dtype="M8[D]").astype(datetime.date)))
print(repr(np.array([decimal.Decimal("1.5"), decimal.Decimal("2")], dtype=decimal.Decimal).sum()))
print(repr(np.array([fractions.Fraction(1, 3), fractions.Fraction(1, 6)], dtype=fractions.Fraction).sum()))
