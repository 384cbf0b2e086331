# W1: a*b + c*2.0 - sqrt(a) on 10M float32, 10 times (issue [4/9]); the loop is the timed region
import numpy as np, sys, time
rng = np.random.default_rng(0)
a, b, c = (rng.random(10**7, dtype=np.float32) for _ in range(3))
t0 = time.perf_counter()
for _ in range(10):
    r = a*b + c*2.0 - np.sqrt(a)
print(f"#region-ms {(time.perf_counter() - t0) * 1e3:.3f}", file=sys.stderr)
print(f"{float(r.sum()):.4e}")
