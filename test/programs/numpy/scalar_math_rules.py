# NumPy scalar operators follow scalarmath: libm pow and textbook complex products for a scalar of the
# result's own type (their FP errors say "scalar multiply"), the ufunc loops after a promotion; `-` on booleans is refused
import numpy as np
rng = np.random.default_rng(1)
x, y = rng.uniform(0, 10, 5), rng.uniform(-3, 3, 5)
print([np.float64(a) ** np.float64(b) for a, b in zip(x, y)])
print([np.float64(a) ** float(b) for a, b in zip(x, y)], [float(a) ** np.float64(b) for a, b in zip(x, y)])
print([np.float32(a) ** np.float32(b) for a, b in zip(x, y)], np.uint8(200) ** 2.5, np.uint8(200) ** np.float64(2.5))
print([np.power(np.float64(a), b) for a, b in zip(x, y)], (x ** y).tolist())
z = rng.normal(size=4) + 1j * rng.normal(size=4)
print([z[i] * z[i + 1] for i in range(3)], z[0] * complex(z[1]), np.multiply(z[0], z[1]), (z[:3] * z[1:]).tolist())
s = np.float64(0)
for v in x: s += v * 2 - v / 3
print(s, type(s).__name__, np.float32(1.5) * 3, np.float64(1) / 3 + np.int64(2))
print(np.diff(np.array([True, False, False, True])), np.array([True]) - 1)
for f in [lambda: np.array([True]) - np.array([True]), lambda: np.bool_(True) - True, lambda: -np.array([True]), lambda: np.negative(np.bool_(False))]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
with np.errstate(all='raise'):
    for f in [lambda: np.float32(3.4e38) * 10, lambda: np.float32(3e38) + np.float32(3e38), lambda: np.float64(1e308) * 10, lambda: np.float32(2) / 0]:
        try:
            print(f())
        except FloatingPointError as e:
            print("FloatingPointError", e)
with np.errstate(all='raise'):
    for f in ['np.int64(1)/np.int64(0)', 'np.int64(1)/0.0', 'np.uint8(200)*np.float64(1e308)', 'np.float32(3e38)*2.0', 'np.float32(3e38)*np.float64(2.0)', 'np.float64(1e308)+1e308', 'np.float64(-1)**0.5', 'np.float64(1)%0', 'np.float64(1)//0', 'np.multiply(np.float64(1e308),10)', 'np.float64(1e308)*10j', 'np.array(1e308)*10', 'np.array([1e308])*np.float64(10)']:
        try:
            print(f, eval(f))
        except FloatingPointError as e:
            print(f, "FloatingPointError", e)
