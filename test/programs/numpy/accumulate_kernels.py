# cumsum/cumprod/accumulate of float64, float32 and int64 rows, along axes and strided (the WebAssembly loop), and other dtypes
import numpy as np
rng = np.random.default_rng(19)
x = rng.standard_normal(30)
m = x.reshape(5, 6)
print(np.cumsum(x)[-3:], np.cumsum(m, axis=0)[-1], np.cumsum(m, axis=1)[:, -1], np.cumprod(1 + x / 10)[-3:], np.cumsum(m[::-1, ::2], axis=1)[0])
f = x.astype(np.float32)
print(np.cumsum(f)[-3:], np.cumprod(f[:8]), np.add.accumulate(f.reshape(5, 6), axis=0)[-1])
i = rng.integers(-1000, 1000, 20)
print(np.cumsum(i), np.cumprod(i[:12]), np.cumsum(np.array([2**62, 2**62, 2**62])), np.cumsum(i.astype(np.int32)).dtype, np.cumsum(i.astype(np.int8))[:5])
print(np.cumsum([1.5, np.nan, 2.0]), np.cumsum(np.ones((2, 3)), axis=None), np.cumsum(np.array([], dtype=float)), x.cumsum()[:2], m.cumprod(axis=1)[1, :3])
