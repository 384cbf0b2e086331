# np.where(cond, x, y) over dtypes, broadcasting and strides (the WebAssembly masked copy)
import numpy as np
rng = np.random.default_rng(13)
x = rng.standard_normal((3, 4)).round(3)
print(np.where(x > 0, x, 0.1 * x), np.where(x > 0, 1, -1), np.where(x[:, :1] > 0, x, -x), np.where([True, False, True, False], x, 0)[:, ::2])
for dt in [np.int8, np.uint16, np.int32, np.int64, np.float32, np.bool_, np.complex64, np.complex128]:
    a = (x * 10).astype(dt)
    print(np.dtype(dt).name, np.where(a.real > 0 if np.iscomplexobj(a) else a > 0, a, a[::-1]), np.where(x > 0, a, 7).dtype)
print(np.where(x > 0, "pos", "neg"), np.where(np.array(True), 1.5, 2), np.where(x.T > 1, x.T, np.nan))
