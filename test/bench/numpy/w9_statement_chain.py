# W9: an expression written as several statements (temporaries read once), 10M float64, 10 times; the loop
# is the timed region. NumPy materializes each temporary; ndpy fuses the statements (src/compile/deferred.ts)
import numpy as np, sys, time
rng = np.random.default_rng(0)
x, y, w = rng.random(10**7), rng.random(10**7), rng.random(10**7)
t0 = time.perf_counter()
for _ in range(10):
    dx = x - 0.5
    dy = y - 0.5
    r2 = dx * dx + dy * dy
    weighted = w * np.sqrt(r2)
    total = weighted.sum()
print(f"#region-ms {(time.perf_counter() - t0) * 1e3:.3f}", file=sys.stderr)
print(f"{total:.6f}")
