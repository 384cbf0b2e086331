# int() of text: valid forms (spaces, signs, underscores, Unicode digits and spaces) and the errors,
# many times over as a parsing loop meets them
cases = ["12", " 42 ", "-7", "+3", "1_000", "\t\n9\x0b\x0c", "\x1c5\x1f", "٣", " ١٢ ", "\u20035", "1__0", "_1", "1_",
         "2.5", "x", "", " ", "1e3", "0x10", "12a", "--1", "+-1", "1 2", "٣.٥", "abc" * 100, "9" * 30, "-0", "00", "0_0"]
for c in cases:
    try:
        print(repr(c[:12]), int(c))
    except ValueError as e:
        print(repr(c[:12]), "ValueError:", e)
vals = ["1", "x", "2.5", "3", " 4 ", "5_0"] * 5000
out = []
for s in vals:
    try:
        out.append(int(s))
    except ValueError:
        out.append(-1)
print(sum(out), out[:6], int("101", 2), int("z", 36), int("0b11", 0))
for s in ["\x1c5", "5\x1f", "\x1c5.5", " 5.5\t", "\u2003٣", "\x1c٣"]:
    for f in (int, float):
        try:
            print(repr(s), f.__name__, f(s))
        except ValueError as e:
            print(repr(s), f.__name__, "ValueError:", e)
