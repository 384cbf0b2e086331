# float repr edge cases
vals = [0.1, 0.1 + 0.2, 1.0, -0.0, 0.0, 1e16, 1e15, 123456789.123, 1e-4, 1e-5, 1e22, 1e23,
        1.5e300 * 1e10, -1e400, 5e-324, 2.0 ** 0.5, 1 / 3, 2 / 3, 100.0, 1e100, 0.5, 3.14159,
        123456789012345678.0, 1.7976931348623157e308, 2.2250738585072014e-308, 9.999999999999999e22]
for v in vals:
    print(repr(v), str(v))
print(float("nan"), float("inf"), -float("inf"), float("-0"), float("  1.25  "), float("1e3"), float("infinity"))
print(3.0 * 1.1, 0.1 * 3, 1.1 + 2.2, 1e16 + 1, 4.35 * 100)
print(int(3.99), int(-3.99), round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(2.675, 2), round(1234.5678, -2))
print(float.fromhex("0x1.8p1") if hasattr(float, "fromhex") else 3.0, (0.1).is_integer(), (2.0).is_integer())
print(1e300 * 1e300, -1e300 * 1e300, (1e300 * 1e300) - (1e300 * 1e300))
print(float(10 ** 17), float(12345678901234567890), 1e17 == 10 ** 17)
print(7.0 // 2, 2 ** 0.5 * 2 ** 0.5, 1.0 == 1, 0.1 + 0.7)
import math
print(math.nan != math.nan, math.isnan(float("nan")), math.isinf(-math.inf))
print(f"{0.1 + 0.2!r}", str(1e-7), repr(-1.5e-10))
print(round(1.5), type(round(1.5)).__name__, round(1.5, 0), type(round(1.5, 0)).__name__)
print(max(0.0, -0.0), min(-0.0, 0.0), abs(-0.0))
