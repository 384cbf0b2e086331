# float32 sin and cos give NumPy's SIMD loop's digits (Cody-Waite reduction and float32 polynomials,
# not the correctly rounded value), float16 transcendental loops round through float32.
import numpy as np

x = np.linspace(-10, 10, 41, dtype=np.float32)
print(np.sin(x))
print(np.cos(x))
print(np.sin(np.float32(1)), np.cos(np.float32(-0.0)), np.sin(np.float32(-0.0)), repr(np.sin(np.float32(0.5))))
y = np.array([1e-8, 0.7853982, 1.5707964, 3.1415927, 100.0, 1000.5, 50000.25, -1e5, np.inf, np.nan], dtype=np.float32)
with np.errstate(invalid='ignore'):
    print(np.sin(y), np.cos(y))
rng = np.random.default_rng(3)
z = rng.uniform(-50, 50, 2000).astype(np.float32)
print(np.sin(z).sum(), np.cos(z).sum(), np.sin(z)[:6], np.cos(z)[-6:])
h = np.array([0.2094, 0.1, 0.5, 1.0, 2.5, 0.00534], dtype=np.float16)
print(np.sin(h), np.cos(h), np.log(h), np.arcsinh(h), np.log1p(h), np.arccos(-h / 4))
