# Full reductions inside fused expressions are computed first, as leaves (src/compile/fusion.ts):
# the digits must be those of the op-by-op evaluation, in float64 and float32, strided and 2-d.
import numpy as np
x = np.linspace(-3, 3, 11)
print(np.exp(x) / np.exp(x).sum())
print(((x - x.mean())**2).sum(), ((x - x.mean())**2).mean())
f = x.astype(np.float32)
print(np.sqrt(f + 4) / np.sum(np.sqrt(f + 4)))
print((f - f.max()) * 2, (x - np.max(x)) / 3)
print((x[::2] - x[::2].min()) / 2 + np.sum(x * x))
e = np.exp(x - x.max())
print(e / e.sum())
m = np.arange(12.0).reshape(3, 4) ** 1.5
print((m - np.min(m)) / (m.max() - m.min()) * 2)
print((m.T - m.mean()) ** 2 - m[1].sum())
print(np.exp(-x**2 / 2) / np.exp(-x**2 / 2).sum() * 10)
# non-finite values rerun op by op
z = np.array([0.0, 1.0, 2.0])
with np.errstate(all='ignore'):
    print((z / z.min()) + 1 - np.log(z).max())
