# W1: a*b + c*2.0 - sqrt(a) on 10M float32, 10 times (issue [4/9])
import numpy as np
rng = np.random.default_rng(0)
a, b, c = (rng.random(10**7, dtype=np.float32) for _ in range(3))
for _ in range(10):
    r = a*b + c*2.0 - np.sqrt(a)
print(f"{float(r.sum()):.4e}")
