# The other numpy.polynomial series: Chebyshev, Legendre, Hermite, HermiteE and Laguerre — evaluation,
# pseudo-Vandermonde matrices, least-squares fits, derivatives, Gauss quadrature, the series classes'
# str/repr/fit/arithmetic by numbers, and convert(kind=Polynomial).
import numpy as np
from numpy.polynomial import Chebyshev, Legendre, Hermite, HermiteE, Laguerre, Polynomial
from numpy.polynomial import chebyshev as C, legendre as L, hermite as H, hermite_e as HE, laguerre as LG

x = np.linspace(-1, 1, 7)
c = [0.5, -1, 2, 0.25, 3]
for m, p in [(C, "cheb"), (L, "leg"), (H, "herm"), (HE, "herme"), (LG, "lag")]:
    val = getattr(m, p + "val")
    print(p, val(x, c), repr(val(0.3, c)), val([0.1, 0.2], [2]))
    print(getattr(m, p + "vander")(x[:3], 3))
    print(getattr(m, p + "fit")(x, x ** 3 - x, 3))
    print(getattr(m, p + "der")(c), getattr(m, p + "der")(c, 2, 0.5), getattr(m, p + "der")(c, 9), getattr(m, p + "weight")(x[1:-1]))
    print(getattr(m, p + "add")([1, 2], [1, 2, 3]), getattr(m, p + "sub")([1, 2, 3], [1, 2, 3]), getattr(m, p + "line")(3, 2), getattr(m, p + "domain"))

for n in [1, 2, 3, 6, 11]:
    for g in [L.leggauss, H.hermgauss, LG.laggauss, HE.hermegauss, C.chebgauss]:
        print(g.__name__, n, *g(n))
xg, wg = L.leggauss(8)
print(np.sum(wg * np.exp(xg)), np.exp(1) - np.exp(-1))
for bad in [0, 2.0]:
    try:
        L.leggauss(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

xs = np.linspace(0, 3, 20)
for K in [Chebyshev, Legendre, Hermite, HermiteE, Laguerre]:
    p = K([1, -2.5, 3, 0, 0, 0, 0, 0, 0, 0, 0, 12])
    print(p)
    print(repr(p))
    print(K([1, 2], domain=[0, 4]), K.basis_name)
    q = K([1, 2, 3, 4])
    print(q(np.linspace(-1, 1, 5)), q(0.5), q.deriv(), q.deriv(2), q + K([1]), q - 1, -q, 2 * q, q / 2, q // 2, q.degree(), len(q))
    f = K.fit(xs, np.sin(xs), 4)
    print(f, f(1.5), f.domain, f.window, f.mapparms())
    print(f.convert(kind=Polynomial))
    print(q == K([1, 2, 3, 4]), q == K([1, 2, 3, 5]), q == K([1, 2, 3]), q != q.copy(), q.truncate(2))
try:
    Chebyshev([1, 2]) + Legendre([1, 2])
except TypeError as e:
    print(e)
print(Chebyshev([1, 2, 3])(Polynomial([0, 1])), Chebyshev.fit([0, 1, 2, 3], [1, 0, 1, 0], 2, full=True)[1])
