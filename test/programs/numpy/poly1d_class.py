# np.poly1d: construction (coefficients or roots), NumPy's two-line str, repr, evaluation and composition,
# arithmetic with polynomials and scalars, division, powers, deriv/integ, indexing; and PEP 562 module __getattr__
import numpy as np
p = np.poly1d([1, 2, 3])
print(p); print(repr(p)); print(p(0.5), p([1, 2]), p.order, p.roots, p.c, len(p))
q = np.poly1d([2.5, -1.0])
print(p * q); print(p + q); print(p - q); print(-q); print(q ** 3); print(p / q); print(p / 2)
print(p.deriv()); print(p.integ()); print(p.integ(k=3)); print(p[0], p[2], p[5])
print(p == np.poly1d([1, 2, 3]), p != q, p(q))
r = np.poly1d([1, -3, 2], r=False); print(r.r)
z = np.poly1d([1, 2], r=True); print(z)
print(np.poly1d([0, 0, 1.5])); print(np.poly1d([0])); print(np.poly1d([-1, 0, -2.25, 1e-5, 7]))
x = np.linspace(0, 10, 20); y = 3 * x + 2
coef = np.polyfit(x, y, 1); f = np.poly1d(coef); print(f(5).round(4), np.poly1d(coef.round(3)))
big = np.poly1d(np.arange(1, 25)); print(big)
print(np.poly1d([1j, 2]), isinstance(p, np.poly1d), type(p).__name__, 3 * p, 1 + p, np.poly1d([1, 2], variable='z'))
p[4] = 9; print(p)
