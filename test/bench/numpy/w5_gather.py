# W5: gather a[idx].sum(), 1M of 10M, 10 times (issue [4/9])
import numpy as np
rng = np.random.default_rng(0)
a = rng.random(10**7)
idx = rng.integers(0, 10**7, 10**6)
for _ in range(10):
    s = a[idx].sum()
print(f"{s:.6e}")
