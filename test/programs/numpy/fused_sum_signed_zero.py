# sums start from the identity 0 (NumPy's add.reduce), so a sum of negative zeros is +0.0, fused or not
import numpy as np
a = np.array([-0.0] * 200)
f = a.astype(np.float32)
print(a.sum(), (a * 1.0 + 0.0 * a).sum(), (a - 0.0 * a).mean(), np.sum(f * f - f * f + f), a[np.arange(3)].sum())
