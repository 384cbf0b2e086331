# operations on millions of items must not run out of JS stack (no argument spreading of big arrays)
import numpy as np
t = tuple(range(2_000_000)) * 2
print(len(t), t[1_999_999], t[2_000_000])
x = list(range(3_000_000))
del x[::3]
print(len(x), x[:4], x[-1])
try:
    int(b"1" * 600_000)
except ValueError as e:
    print(e)
print(np.bincount(np.arange(2_000_000) % 5))
h, edges = np.histogram(np.arange(1_000_000) % 10, bins=5)
print(h, edges)
