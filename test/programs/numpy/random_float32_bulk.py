# Generator.random(dtype=np.float32) in bulk: 32-bit draws in place, then (w >> 8) / 2**24; the stream continues exactly
import numpy as np
for seed in [0, 5]:
    rng = np.random.default_rng(seed)
    a = rng.random(10001, dtype=np.float32)
    b = rng.random(3, dtype=np.float32)
    c = rng.random(2)
    d = rng.random(7, dtype=np.float32)
    print(a[:3], a[-2:], a.sum(dtype=np.float64), b, c, d)
    g = np.random.Generator(np.random.MT19937(seed))
    print(g.random(5, dtype=np.float32), g.random(2))
    o = np.empty(4, dtype=np.float32); rng.random(out=o, dtype=np.float32); print(o)
