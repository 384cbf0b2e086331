# W4: 512x512 matmul, float64 and float32, 5 times each (issue [4/9])
import numpy as np
rng = np.random.default_rng(0)
a = rng.random((512, 512))
f = a.astype(np.float32)
for _ in range(5):
    r = a @ a
    q = f @ f
print(f"{r.sum():.6e} {float(q.sum()):.4e}")
