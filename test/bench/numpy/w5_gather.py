# W5: gather a[idx].sum(), 1M of 10M, 10 times (issue [4/9]); the loop is the timed region
import numpy as np, sys, time
rng = np.random.default_rng(0)
a = rng.random(10**7)
idx = rng.integers(0, 10**7, 10**6)
t0 = time.perf_counter()
for _ in range(10):
    s = a[idx].sum()
print(f"#region-ms {(time.perf_counter() - t0) * 1e3:.3f}", file=sys.stderr)
print(f"{s:.6e}")
