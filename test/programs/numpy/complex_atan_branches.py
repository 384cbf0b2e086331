# np.arctan / np.arctanh on complex input: glibc's catan/catanh (signed zeros pick the branch-cut side,
# C99 special values, last-bit accuracy near the unit circle and for huge arguments).
import numpy as np

zs = [2j, -2j, 0j, complex(-0.0, 2), complex(0.0, -2), 2+0j, -2+0j, complex(2, -0.0), complex(-2, -0.0),
      1j, -1j, 1+0j, 0.5+0.5j, -3-4j, complex(0.0, 0.5), complex(-0.0, -0.5), 0.6+0.8j, 0.8-0.6000001j,
      1e-300+1e-300j, 1e300-2j, 3+1e300j, 1e-20+1j]
sp = [complex(a, b) for a in [0.0, -0.0, 1.0, np.inf, -np.inf, np.nan] for b in [0.0, -0.0, 2.0, np.inf, -np.inf, np.nan]]
with np.errstate(all='ignore'):
    for f in [np.arctan, np.arctanh]:
        print(f.__name__, [complex(f(z)) for z in zs])
        print(f.__name__, [complex(v) for v in f(np.array(sp))])
rng = np.random.default_rng(0)
z = rng.standard_normal(50) * np.exp(rng.uniform(-6, 6, 50)) + 1j * rng.standard_normal(50)
print(np.arctan(z).tolist())
print(np.arctanh(np.exp(1j * rng.uniform(0, 7, 30)) * (1 + rng.standard_normal(30) * 1e-3)).tolist())
print(np.arctan(2j), np.arctanh(np.array([2, -2], dtype=complex)))
