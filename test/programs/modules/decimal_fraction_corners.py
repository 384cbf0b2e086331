# Decimal formatting/arithmetic corners and Fraction from a Decimal (as_integer_ratio, as for floats)
from decimal import Decimal as D, ROUND_DOWN, ROUND_HALF_EVEN, InvalidOperation, localcontext
print(f"{D('1234.5678'):.2f}", f"{D('1234.5678'):,.2f}", f"{D('0.000123'):e}", format(D("12.5"), ">10"), f"{D('1e10'):f}", f"{D('-0.5'):.0f}", f"{D('2.5'):.0f}")
print(D("1.10") + D("2.205"), D("10") / D("4"), D("1") / D("3") * 3, D("2").sqrt(), D("1.23456").quantize(D("0.01"), ROUND_DOWN), D("7") // D("2"), D("-7") // D("2"), D("-7") % D("2"))
print(D(3.14), D("3.14") == 3.14, D("3.0") == 3, sum([D("0.1")] * 3), D("1e-3").normalize(), D("100").normalize(), D("1.500").normalize(), round(D("2.567"), 2), round(D("2.5")))
print(D("inf"), D("-0"), D("1E+2"), D("0.00"), str(D("1e-7")), repr(D("123.4500")), D(10) ** 20, D("1.1") ** 2, int(D("9.99")), float(D("0.1")))
try: D("abc")
except InvalidOperation as e: print("InvalidOperation", e)
try: D(1) / D(0)
except Exception as e: print(type(e).__name__, e)
with localcontext() as ctx:
    ctx.prec = 3; print(D(1) / D(7), D("123456"), +D("123456"))
print(D("1.5").as_integer_ratio(), D("12.34").adjusted(), D("5").compare(D("3")), D("-3").copy_abs(), max(D("1"), D("2.5")), sorted([D("2"), D("1.5")]))
from fractions import Fraction as F
print(F(1, 3) + F(1, 6), F(3, 4) * 2, F(5, 2) // 1, F(7, 2) % 1, F(-7, 2), -F(7, 2) // 1, F("3/7"), F("1.25e-1"), F(D("0.5")), F(1, 3) == 1 / 3, F(1, 2) == 0.5, f"{F(1, 3)}", f"{F(2, 3):>6}" if False else "")
print(F(10, 4).as_integer_ratio(), F(1, 3).is_integer() if hasattr(F, "is_integer") else "", math_floor := __import__("math").floor(F(7, 2)), __import__("math").ceil(F(7, 2)), round(F(5, 2)), round(F(7, 3), 2), F(2) ** -2, F(4, 9) ** F(1, 2))
try: F(1, 0)
except ZeroDivisionError as e: print(e)
