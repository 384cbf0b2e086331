# Long sums, means and gathers: past 16 MB the array runtime shares these kernels with a helper thread,
# and the digits must stay NumPy's (pairwise summation) whichever thread summed which part.
import numpy as np

rng = np.random.default_rng(7)
x = rng.random(3_000_017) * 1e3 - 400.0
y = x.astype(np.float32)
print(repr(x.sum()), repr(x.mean()), repr(y.sum()), repr(y.mean()))
for k in range(3):
    print(repr(x[k:].sum()), repr((x * x).sum()), repr(np.sum(x[: 2_000_000 + k])))
idx = rng.integers(-len(x), len(x), 700_001)
print(repr(x[idx].sum()), repr(y[idx].sum()))
g = x[idx]
print(g.shape, repr(g[:3]), repr(g[-3:]), bool((g == x[idx % len(x)]).all()))
bad = idx.copy()
bad[650_000] = len(x) + 5
bad[690_000] = -len(x) - 9
try:
    x[bad]
except IndexError as e:
    print("IndexError:", e)
try:
    x[bad].sum()
except IndexError as e:
    print("IndexError:", e)
