import numpy.polynomial.chebyshev as C
import numpy.lib.mixins
from numpy.lib import scimath
from numpy.polynomial import legendre
print(C.chebval(0.5, [1, 2]), numpy.lib.mixins.NDArrayOperatorsMixin, scimath.sqrt(-1), legendre.legval(1, [1, 1]))
