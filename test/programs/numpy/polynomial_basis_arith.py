# products, powers, division, roots, fromroots and convert of the orthogonal polynomial bases
import numpy as np
from numpy.polynomial import Polynomial as P, Chebyshev as C, Legendre as L, Hermite as H, HermiteE as HE, Laguerre as La
for K in [C, L, H, HE, La]:
    a, b = K([1.5, -2, 3, 0.25]), K([0.5, 1, -1.5])
    print(K.__name__)
    print(a * b)
    print(a ** 3)
    print(a // b, a % b)
    print(divmod(a, K([2.0])))
    print(a.roots(), b.roots(), K([1, 2]).roots())
    print(K.fromroots([0.5, -1, 2]))
    print(a.convert(kind=P))
    print(P([1, 2, 3, 4]).convert(kind=K))
    print(a.convert(domain=[0, 3]))
    x = np.linspace(0, 2, 9); y = np.exp(x)
    f = K.fit(x, y, 3)
    print(f.convert(), f.roots())
    print(repr(f.convert(kind=P).coef))
m = np.polynomial
print(m.chebyshev.chebmul([1, 2, 3], [3, 4]), m.legendre.legmul([1, 2, 3], [3, 4, 5]), m.hermite.hermmul([1, 2], [3, 4, 5]))
print(m.hermite_e.hermemulx([1, 2, 3]), m.laguerre.lagmulx([1, 2, 3]), m.chebyshev.chebmulx([1, 2, 3]), m.legendre.legmulx([1, 2, 3]))
print(m.chebyshev.chebpow([1, 2, 3], 3), m.laguerre.lagpow([1, 2], 4), m.legendre.legfromroots([1, 2, 3]), m.hermite.hermroots([1, 2, 3, 4]))
print(m.chebyshev.chebdiv([1, 2, 3, 4, 5], [1, 1, 2]), m.legendre.legdiv([1, 2, 3, 4], [2, 3]), m.laguerre.lagroots([1, -2, 3, 0.5]))
print(C([1, 2, 3]) * 2, 2 * L([1, 2]), H([1, 2, 3]) * H([5.0]))
