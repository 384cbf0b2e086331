# Python loops over array elements: reading and writing single elements, NumPy scalar arithmetic and
# comparisons beside Python numbers (results, types and reprs as NumPy gives them)
import numpy as np

a = np.arange(5.0)
m = np.arange(12).reshape(3, 4)
f = np.zeros(3, np.float32)
print(a[0], a[-1], repr(a[2]), m[1, 2], m[-1, -1], repr(m[2, 3]), type(m[0, 0]).__name__, type(a[1]).__name__)
for k in [5, -6]:
    try:
        print(a[k])
    except IndexError as e:
        print("IndexError:", e)
for k in [(1, 4), (3, 0), (-4, 0)]:
    try:
        print(m[k])
    except IndexError as e:
        print("IndexError:", e)
a[1] = 7
a[-1] = 2.5
m[0, 1] = 99
m[-1, 0] = -5
f[1] = 0.1
f[2] = 3
print(a, m, f, repr(f[1]))
m[0, 0] = 2.7
print(m[0])
try:
    m[0, 0] = np.nan
except ValueError as e:
    print("ValueError:", e)
b = np.array([True, False])
s = np.array(["ab", "c"])
t = np.array([1 + 2j])
print(b[0], s[1], t[0], repr(b[1]), b[0] is np.True_, (a[0] > 1) is np.False_, (a[0] < 1) is np.True_)

x, y, z = np.float64(0.1), np.float32(0.1), np.int64(7)
print(x + 0.2, x * 3, 3 - x, x / 2, repr(y + 0.2), repr(y * 3), repr(3 / y))
print(repr(z + 1), repr(z * 2**40), repr(z - 10), repr(z / 2), repr(z // 2), repr(z + z), repr(1 - z))
print(x > 0.05, x == 0.1, z < 8, z == 7.0, y > 0.1, np.float64(np.nan) == np.nan, z != 7, x <= x)
print(repr(x + np.float64(1)), repr(y * np.float32(2)), repr(x + y), repr(z + x), repr(x * True))
with np.errstate(all="ignore"):
    print(x / 0, -x / 0, np.int64(2**62) * 4, np.float32(3e38) * 10, np.float64(1e308) * 10, x * np.inf - np.inf)

# the loops themselves
r = np.random.default_rng(5).random(1000)
total, count = 0.0, 0
for v in r:
    if v > 0.5:
        count += 1
        total += v * 2.0
print(count, round(float(total), 10), type(total).__name__)
grid = np.zeros((20, 30))
for i in range(20):
    for j in range(30):
        grid[i, j] = i * j + 0.5
print(grid.sum(), grid[19, 29], grid[-1, -1] - grid[0, 0])
ints = np.arange(10)
acc = 0
for i in range(len(ints)):
    acc += ints[i] * ints[i]
print(acc, type(acc).__name__)
