import numpy as np
from numpy.polynomial import Polynomial as P
rng = [0.37 * i * i - 1.3 * i + 0.11 * (i % 3) for i in range(40)]
x = np.linspace(-1.5, 4.0, 40)
for d in range(0, 7):
    print(d, np.polyfit(x, rng, d).tolist())
    print(d, P.fit(x, rng, d).coef.tolist())
    print(d, np.polynomial.polynomial.polyfit(x, rng, d).tolist())
print(np.polyfit(x[:7], rng[:7], 0).tolist(), np.polyfit(x[:12], rng[:12], 0).tolist())
w = np.linspace(0.5, 2, 40)
print(np.polyfit(x, rng, 3, w=w).tolist(), P.fit(x, rng, 3, w=w).coef.tolist())
print(np.polyfit(x, np.stack([rng, np.sin(x)]).T, 4).tolist())
print(P.fit(x, rng, 4).convert().coef.tolist())
