# integration of the orthogonal polynomial bases (class integ and <p>int)
import numpy as np
from numpy.polynomial import Chebyshev as C, Legendre as L, Hermite as H, HermiteE as HE, Laguerre as La
for K in [C, L, H, HE, La]:
    a = K([1.5, -2, 3, 0.25], domain=[0, 4])
    print(a.integ(), a.integ(2, k=[1, 2]), a.integ(lbnd=1), K([0.0]).integ(k=3))
m = np.polynomial
print(m.chebyshev.chebint([1, 2, 3]), m.legendre.legint([1, 2, 3], m=2, k=[1, 2], lbnd=-1), m.hermite.hermint([1, 2, 3], scl=2))
print(m.hermite_e.hermeint([1, 2, 3]), m.laguerre.lagint([1, 2, 3], lbnd=0.5))
x = np.linspace(-1, 1, 50); y = np.sin(3 * x)
f = C.fit(x, y, 7); F = f.integ(); print(F(1) - F(-1), f.deriv()(0.3))
