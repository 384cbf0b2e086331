# format() of complex numbers (and NumPy complex scalars) with every part of the format spec
import numpy as np
for z in [1+2j, complex(1.5, -2), 3j, -3j, complex(-0.0, 1), complex(0, -0.0), 1e20+1e-5j, complex(float('nan'), float('inf')), 12345.678-0.5j]:
    print(repr(z), [format(z, s) for s in ['', '.2f', '>20', '<18.3', '^20.2e', '+', ' .1f', 'g', '.3g', 'E', ',.2f', '*^24', '#g', 'n', '10']])
for bad in ['%', '010', '=10', 'd']:
    try:
        format(1j, bad)
    except ValueError as e:
        print(e)
print(f"{np.complex128(1.5+2j)}", f"{np.complex128(1+2j):.2f}", f"{np.complex64(1+2j):>16}", "{:.1f}".format(np.complex128(-1-1j)))
