# W2: mean of 50M float64, 10 times (issue [4/9]); the loop is the timed region
import numpy as np, sys, time
x = np.random.default_rng(0).random(5 * 10**7)
t0 = time.perf_counter()
for _ in range(10):
    m = x.mean()
print(f"#region-ms {(time.perf_counter() - t0) * 1e3:.3f}", file=sys.stderr)
print(f"{m:.10f}")
