# W4: 512x512 matmul, float64 and float32, 5 times each (issue [4/9]); the loop is the timed region
import numpy as np, sys, time
rng = np.random.default_rng(0)
a = rng.random((512, 512))
f = a.astype(np.float32)
t0 = time.perf_counter()
for _ in range(5):
    r = a @ a
    q = f @ f
print(f"#region-ms {(time.perf_counter() - t0) * 1e3:.3f}", file=sys.stderr)
print(f"{r.sum():.6e} {float(q.sum()):.4e}")
