# W1: a*b + c*2.0 - sqrt(a) on 10M float64, 10 times (issue [4/9])
import numpy as np
rng = np.random.default_rng(0)
a, b, c = rng.random(10**7), rng.random(10**7), rng.random(10**7)
for _ in range(10):
    r = a*b + c*2.0 - np.sqrt(a)
print(f"{r.sum():.6e}")
