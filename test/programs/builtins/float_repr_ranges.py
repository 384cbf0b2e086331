# repr/str of floats across the range where no exponent is written (1e-4 <= |x| < 1e16) and its edges
import random
values = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e-4, 9.999999999999999e-05, 0.00010000000000000002, 1e16,
          9999999999999998.0, 999999999999999.9, 1234567890123456.8, 5e-324, 1.7976931348623157e308,
          2 ** 0.5, 3.141592653589793, 100.0, 1e15 + 0.3, 0.5, 0.25, 123.456, -0.0001, -1e-5, 1e-5,
          -123456789.123, 4.35, 2.675, 1.0000000000000002, 0.9999999999999999]
for v in values:
    print(repr(v), str(-v), f"{v}", [v])
random.seed(11)
xs = [random.random() * 10 ** random.randint(-6, 17) for _ in range(400)]
print(sum(len(repr(x)) for x in xs), repr(xs[:5]), str(xs[-3:]))
print([round(random.uniform(-1000, 1000), k) for k in range(8)])
