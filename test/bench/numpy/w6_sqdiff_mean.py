# W6: ((a - b)**2).mean() on 10M float64, 10 times (issue [4/9])
import numpy as np
rng = np.random.default_rng(0)
a, b = rng.random(10**7), rng.random(10**7)
for _ in range(10):
    m = ((a - b)**2).mean()
print(f"{m:.10f}")
