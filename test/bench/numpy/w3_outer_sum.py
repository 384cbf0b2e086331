# W3: (x[:,None] + y[None,:]).sum() for 4000-vectors, 10 times (issue [4/9]); the loop is the timed region
import numpy as np, sys, time
rng = np.random.default_rng(0)
x, y = rng.random(4000), rng.random(4000)
t0 = time.perf_counter()
for _ in range(10):
    s = (x[:, None] + y[None, :]).sum()
print(f"#region-ms {(time.perf_counter() - t0) * 1e3:.3f}", file=sys.stderr)
print(f"{s:.6e}")
