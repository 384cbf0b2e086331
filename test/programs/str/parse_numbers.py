# int(str) and float(str): plain decimals, CPython's accepted extras (spaces, signs, underscores,
# Unicode digits, inf/nan) and its error messages
for s in ["0", "000123", "-0", "+5", "-17", "999999999999999", "9999999999999999", "12345678901234567890",
          " 12 ", "\t-3\n", "1_000", "+1_000_000", "\u0663\u0664", "\uff11\uff12", "0000", "-000", "\u00a012\u2003"]:
    v = int(s)
    print(repr(s), v, type(v).__name__)
for s in ["", " ", "-", "+", "1.5", "1_", "_1", "1__0", "1e5", "0x10", "12a", "١٢x", "- 1", "1 2", "++1", "ten"]:
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print("ValueError:", e)
for s in ["61.50", "0", "-0", "-0.0", "1.", ".5", "-.5", "+3.25", "3", "000.125", "123456789012345", "1234567890123456",
          "0.1", "0.3", "2.675", "1e5", "1E-3", "-1.5e+10", " -inf ", "inf", "-Infinity", "nan", "NaN", "+nan",
          "1_000.5", "\u0663.\u0665", " 7.25\n", "99999999999999999999", "4.35", "1.7976931348623157e308", "5e-324"]:
    v = float(s)
    print(repr(s), repr(v), type(v).__name__)
for s in ["", ".", "-", "1..2", "1.2.3", "1_", "_1", "1__0", "1e", "e5", "0x1p3", "inf1", "abc", "1,5"]:
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print("ValueError:", e)
print(int(float("61.50")), int(float("-61.99")), int(float("2")), float("2") == 2, float("2.5") + 1)
print(int(2.9), int(-2.9), int(1e20), int(True))
for x in [float("nan"), float("inf")]:
    try:
        int(x)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
class S(str):
    pass
print(int(S("42")), float(S("4.5")), int(" 1_0 "), float(" 1_0.5 "))
print(int("10", 2), int("ff", 16), int("0x1f", 0), int("z", 36))
for args in [("1", 1), ("1", 37), ("12", 2)]:
    try:
        int(*args)
    except ValueError as e:
        print("ValueError:", e)
