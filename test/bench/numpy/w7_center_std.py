# W7: (m - m.mean(axis=0)).std(axis=0) on 2000x2000, 5 times (issue [4/9]); the loop is the timed region
import numpy as np, sys, time
m = np.random.default_rng(0).random((2000, 2000))
t0 = time.perf_counter()
for _ in range(5):
    s = (m - m.mean(axis=0)).std(axis=0)
print(f"#region-ms {(time.perf_counter() - t0) * 1e3:.3f}", file=sys.stderr)
print(f"{s.sum():.6e}")
