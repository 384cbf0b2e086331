# W3: (x[:, None] + y[None, :]).sum() for 4000-vectors, 10 times (issue [4/9])
import numpy as np
rng = np.random.default_rng(0)
x, y = rng.random(4000), rng.random(4000)
for _ in range(10):
    s = (x[:, None] + y[None, :]).sum()
print(f"{s:.6e}")
