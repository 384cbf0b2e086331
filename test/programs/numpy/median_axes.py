# np.median / np.quantile over a tuple of axes (merged into one lane) and with keepdims
import numpy as np
rng = np.random.default_rng(2)
a = rng.integers(-50, 50, (2, 3, 4)).astype(np.float64)
for ax in [None, 0, 1, 2, -1, (0, 1), (0, 2), (1, 2), (0, 1, 2), (2, 0)]:
    print(ax, repr(np.median(a, axis=ax)))
    print(repr(np.median(a, axis=ax, keepdims=True)))
    print(repr(np.quantile(a, 0.3, axis=ax, keepdims=True)), repr(np.percentile(a, [10, 90], axis=ax)))
c = (rng.integers(-20, 20, (8, 1)) + 0j)
print(repr(np.median(c, axis=1, keepdims=True)))
print(repr(np.median(np.arange(24, dtype=np.uint32).reshape(2, 3, 4), axis=(0, 1))))
