# ** between plain ints and floats: squares and reciprocals of negative and tiny bases, square roots,
# int powers that stay exact or become big, negative exponents, and the errors
vals = [-3.1, -1e-300, 2.5, -0.0, 0.0, 7.0, -2, 3, 10, 1e-310, 1.7976931348623157e308, -1e200, 0.1]
for x in vals:
    row = []
    for y in (2, -1, 0.5, 3, -2, 1, 0, 2.0, -0.5):
        try:
            row.append(repr(x ** y))
        except (OverflowError, ZeroDivisionError) as e:
            row.append(f"{type(e).__name__}: {e}")
    print(x, row)
print(3 ** 40, (-3) ** 41, 2 ** -3, (-2) ** -3, 10 ** 15, 10 ** 16, 7 ** 0)
tot = 0.0
for i in range(2000):
    x = (i - 1000) * 0.0137
    tot += x ** 2 + abs(x) ** 0.5 - (x or 1.0) ** -1
print(repr(tot))
print(sum(i ** 2 for i in range(1000)), sum((-i) ** 3 for i in range(100)))
print(pow(-2.5, 2), pow(4, 0.5), pow(-8, 2), (-1.5) ** 2 == 2.25)
# complex powers (CPython's _Py_c_pow with the C library's pow, atan2, exp, log, cos and sin)
for a in [(-2+0j), (1+2j), (-0.5-3j), (3.7+0j), (1e-5+1j)]:
    print([a ** b for b in [(0.5+0j), (-0.5+0j), (1+1j), (2.5-0.3j), (0.1+0j), (-1.7+2j)]])
