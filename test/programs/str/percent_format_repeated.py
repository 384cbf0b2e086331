# The same %-format used over and over (parsed once) with arguments of every kind, then misused: too
# few and too many arguments, a wrong type, and formats that take the general path (* sizes, keys).
fmts = ["%d-%s-%.2f", "%5d|%-6s|%08.3f|%x|%r", "%+d %i %u %o %X %#x %#o", "%e %E %g %G %F %%", "%c%c %5.1s|%-3r|% d",
        "%(a)s=%(b)05.1f", "%*d|%-*.*f|%.*s"]
argsets = [
    [(7, "a", 1 / 3), (-7, None, -0.0), (True, [1], 2.5), (10 ** 20, "é", 1e300), (3.9, 2j, float("inf"))],
    [(1, "ab", 22 / 7, 255, "q"), (-12345, "abcdefgh", -1.5, 4096, 1.5), (0, "", 0.0005, 0, None)],
    [(5, 6, 7, 255, 255, 255, 8), (-5, -6, 7, -255, 10 ** 18, -255, -8)],
    [(12345.678, 0.000123, 1e-7, 123456789.0, 2.5), (-0.0, float("nan"), float("-inf"), 1e16, 1e-300)],
    [(65, "z", "xyz", "q", 42), (0x1F40D, 97, "", (1, 2), -3)],
]
for fmt, sets in zip(fmts, argsets):
    for args in sets:
        for _ in range(3):
            r = fmt % args
        print(repr(r))
print("%(a)s=%(b)05.1f" % {"a": "x", "b": 2.25}, "%*d|%-*.*f|%.*s" % (6, 42, 9, 2, 3.14159, 2, "hello"))
print("%s" % "one", "%s" % ("tuple",), "%r" % ([1, 2],), "%d%%" % 50, "100%%" % ())
for fmt, args in [("%d %d", (1,)), ("%d", (1, 2)), ("%d", ("x",)), ("%x", (1.5,)), ("%c", ("ab",)),
                  ("%.2f", ("s",)), ("%d %s", (1,)), ("%z", (1,)), ("%", ()), ("%(a)s", (1,)), ("%s %s", "ab")]:
    for _ in range(2):
        try:
            print(repr(fmt % args))
        except (TypeError, ValueError, OverflowError) as e:
            print(type(e).__name__, e)
total = 0
for i in range(3000):
    total += len("%06d,%.2f,item%d" % (i, i * 0.5, i % 97))
print(total)
