# math.cbrt follows glibc's algorithm, which is not correctly rounded (cbrt(27) is 3.0000000000000004)
import math
import random

print(math.cbrt(27), math.cbrt(8), math.cbrt(-64), math.cbrt(1000), math.cbrt(2), math.cbrt(0.001))
print(math.cbrt(0.0), math.cbrt(-0.0), math.cbrt(float("inf")), math.cbrt(float("-inf")), math.cbrt(float("nan")))
print(math.cbrt(5e-324), math.cbrt(1e308), math.cbrt(-1e-300))
rng = random.Random(7)
xs = [rng.uniform(-1e6, 1e6) for _ in range(300)] + [rng.random() * 10.0 ** rng.randint(-300, 300) for _ in range(300)]
print(sum(math.cbrt(x) for x in xs), [math.cbrt(x) for x in xs[:5]])
