x = 3
y = -2
for v in [x, y, 0, 2, 1.5, -0.0, 10**20, True]:
    print(v * 0.5, v + 0.5, v - 0.5, 0.5 - v, v / 0.5, v // 0.5, v % 0.5, 0.5 % 3, 2.5 // 1, v * 1e-300, v + 1e300, 0.25 * v)
z = 0.1
print(z + 0.2, z * 3, 0.1 * 3, 1.0 * 0.5, 4 * 0.25, -4 * 0.25, 0 * 0.5, -0 * 0.5, 0.0 * 0.5)
try:
    print("a" * 0.5)
except TypeError as e:
    print(e)
import numpy as np
print(np.arange(3) * 0.5, 0.5 * np.arange(3))
# float literals are plain numbers: passed as arguments, stored, compared and used as keys
def scale(v, k=0.25):
    return v * k
print(scale(4, 0.5), scale(3), scale(2.0, 0.5), scale(-3, 1e-3))
d = {0.5: "half", 1.5: "x"}
print(d[0.5], d.get(1/2), 0.5 in d, 0.5 == 1/2, hash(0.5) == hash(1/2), [0.1, 0.2, 0.30000000000000004])
print(round(2.675, 2), int(2.5), float(0.5).is_integer(), (0.5).as_integer_ratio(), 1e16, 1.5e-5, 123456.789)
print(isinstance(0.5, float), type(1e-9).__name__, repr(0.1), f"{0.125:.2f} {2.5:.0f} {1e-7}")
