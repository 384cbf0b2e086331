# W2: mean of 50M float64, 10 times (issue [4/9])
import numpy as np
x = np.random.default_rng(0).random(5 * 10**7)
for _ in range(10):
    m = x.mean()
print(f"{m:.10f}")
