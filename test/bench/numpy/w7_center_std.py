# W7: (m - m.mean(axis=0)).std(axis=0) on 2000x2000, 5 times (issue [4/9])
import numpy as np
m = np.random.default_rng(0).random((2000, 2000))
for _ in range(5):
    s = (m - m.mean(axis=0)).std(axis=0)
print(f"{s.sum():.6e}")
