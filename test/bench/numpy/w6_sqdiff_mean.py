# W6: ((a-b)**2).mean() on 10M float64, 10 times (issue [4/9]); the loop is the timed region
import numpy as np, sys, time
rng = np.random.default_rng(0)
a, b = rng.random(10**7), rng.random(10**7)
t0 = time.perf_counter()
for _ in range(10):
    m = ((a - b)**2).mean()
print(f"#region-ms {(time.perf_counter() - t0) * 1e3:.3f}", file=sys.stderr)
print(f"{m:.10f}")
