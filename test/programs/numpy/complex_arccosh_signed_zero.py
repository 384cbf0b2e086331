# np.arccosh on the real axis below 1: the sign of a zero imaginary part picks the side of the cut.
import numpy as np

for z in [complex(2, 0.0), complex(2, -0.0), complex(-2, 0.0), complex(-2, -0.0), complex(0.5, 0.0), complex(0.5, -0.0),
          complex(-1, -0.0), complex(-0.0, -0.0), complex(1, 0), 3j, -3j]:
    print(z, complex(np.arccosh(z)), complex(np.arccosh(np.complex64(z))))
print(np.arccosh(np.array([-2, 2], dtype=complex)), np.arccosh(np.conj(np.array([-2, 2], dtype=complex))))
