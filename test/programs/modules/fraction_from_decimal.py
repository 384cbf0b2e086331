# Fraction.from_decimal takes Decimals (exact ratio); NaN/Infinity raise as CPython does
from fractions import Fraction as F
from decimal import Decimal as D
print(F.from_decimal(D("0.25")), F.from_decimal(D("-1.5E+3")), F.from_decimal(D("3.14159")), F.from_decimal(7), repr(F.from_decimal(D("0.000"))))
for x in [D("NaN"), D("Inf"), D("-Inf")]:
    try: F.from_decimal(x)
    except Exception as e: print(type(e).__name__, e)
try: F.from_decimal(1.5)
except TypeError as e: print(e)
prices = [D("19.99"), D("5.01"), D("0.10")]
print(sum(F.from_decimal(p) for p in prices), float(sum(map(F.from_decimal, prices))))
