# format specs for ints and floats on the fast paths: widths, fills, signs, zero padding, rounding
class I(int):
    pass
class F(float):
    pass
class IS(int):
    def __str__(self):
        return "IS!"
ints = [0, 5, -5, 7, -123456, 999999, 1000000, 2**53 - 1, -(2**53), 2**64, -(2**70) + 3, True, False, I(42), I(-7), IS(3)]
for spec in ["06d", "d", "6d", "<6d", ">6d", "^7d", "=+8d", "+d", " d", "-d", "x<6d", "*^9d", "0>5d", "06", "#d", "010d", "n", "3", "0=6d", "\U0001F600>5d"]:
    print(spec, [format(v, spec) for v in ints])
for v in ints:
    print(f"{v:06d}|{v:>8}|{v:<8d}|{v:+06d}|{v}|{v!r}")
floats = [0.0, -0.0, 0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1.005, -0.001, -0.004, 0.005, 0.015, 0.025, 1e-7, 123456.785,
          61.5, -61.25, 1e15, 4503599627370495.5, 1e21, 1.7976931348623157e308, 5e-324, 0.1 + 0.2, 1 / 3, -2 / 3,
          float("inf"), float("-inf"), float("nan"), F(2.5), F(-0.125)]
for spec in [".2f", ".0f", ".1f", ".3f", ".4f", ".6f", "f", "F", ".2F", "8.2f", "08.2f", "+.2f", " .2f", "<9.2f", "^9.2f",
             "x=+10.3f", "010.1f", ".15f", ".20f", ".22f", ".25f"]:
    print(spec, [format(v, spec) for v in floats])
for i in range(-12, 13):
    x = i * 0.125
    print(f"{x:.2f} {x:.1f} {x:.0f} {i * 0.5:.2f} {i / 8:08.3f} {round(x, 2)} {round(x, 1)} {round(i * 1.005, 2)}")
print(f"{123.456:.2f}", f"{-123.456:.2f}", f"{0.5:.0f}", f"{1.5:.0f}", f"{2.5:.0f}", f"{-2.5:.0f}", f"{99.995:.2f}", f"{9.995:.2f}")
print(round(2.675, 2), round(0.125, 2), round(0.375, 2), round(1234.5678, 3), round(-0.0049, 2), round(1e15 + 0.5, 0))
for bad in ["06.2d", "z06d", ",c", "=s"]:
    try:
        print(format(5, bad))
    except ValueError as e:
        print("ValueError:", e)
