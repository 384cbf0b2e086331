# Long element-wise operations: past a million elements their chunks are shared with the helper thread.
# Results, in-place updates, overlapping operands and the warnings of non-finite values must be NumPy's.
import numpy as np

rng = np.random.default_rng(3)
n = 2_500_003
a = rng.random(n) + 0.5
b = rng.random(n) - 0.25
c = a * b + a * 2.0 - np.sqrt(a)
print(repr(c[:3]), repr(c[-3:]), c.tobytes().hex()[::4001])
e = np.exp(-b) / (1.0 + a)
print(repr(e[[0, 1000, -1]]), e.tobytes().hex()[::4003])
f = (a.astype(np.float32) * np.float32(3) - b.astype(np.float32))
print(f.dtype, repr(f[:3]), f.tobytes().hex()[::4007])
k = np.arange(n, dtype=np.int64)
print(repr((k * 3 + 7)[-3:]), repr((k // 7 - k % 5)[-3:]), int((k * 3 + 7).sum()))
d = a.copy()
d += b
np.multiply(d, 2.0, out=d)
print(repr(d[:2]), d.tobytes().hex()[::4001])
o = a.copy()
o[1:] += o[:-1]
print(repr(o[:4]), repr(o[-2:]))
r = a.copy()
r[:-1] = r[1:] * 2.0
print(repr(r[:3]), repr(r[-3:]))
m = rng.random((1500, 1)) + np.arange(1200) * 0.5
print(m.shape, repr(m[0, :3]), repr(m[-1, -2:]), m.tobytes().hex()[::6007])
z = b.copy()
z[123456] = 0.0
with np.errstate(divide="ignore"):
    q = 1.0 / z
print(repr(q[123455:123458]), bool(np.isinf(q).sum() == 1))
with np.errstate(all="ignore"):
    w = np.log(b)
print(int(np.isnan(w).sum()), repr(w[np.isfinite(w)][:2]))
try:
    with np.errstate(divide="raise"):
        1.0 / z
except FloatingPointError as err:
    print("FloatingPointError:", err)
