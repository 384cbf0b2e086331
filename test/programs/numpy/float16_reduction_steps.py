# float16 reductions as NumPy's HALF loops run them: along the inner axis the running value stays in
# float32 until the row is stored; along outer axes every step is stored as float16; mean/average sum
# in float32 and cast back; std/var sum float16 squares
import numpy as np
rng = np.random.default_rng(5)
for shape in [(7,), (300,), (9, 17), (2, 70), (5, 1, 3), (2, 3, 4)]:
    a = (rng.standard_normal(shape) * 100).astype(np.float16)
    p = (a % 1 + 0.5).astype(np.float16)
    for ax in [None] + list(range(len(shape))) + ([(0, 1)] if len(shape) > 1 else []):
        print(shape, ax, repr(np.sum(a, axis=ax)), repr(np.mean(a, axis=ax)), repr(np.prod(p, axis=ax)))
        print(repr(np.average(a, axis=ax)), repr(np.std(a / 100, axis=ax)), repr(np.var(a / 100, axis=ax, ddof=1 if ax is None else 0)))
