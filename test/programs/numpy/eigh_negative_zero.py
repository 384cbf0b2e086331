# A Hermitian eigenproblem whose reflector starts from an entry with a negative-zero real part (-1j is
# complex(-0.0, -1.0)): LAPACK's SIGN takes -0 as negative, which fixes the eigenvectors' phases.
import numpy as np

for m in [[[2, 1j], [-1j, 2]], [[2, -1 + 0j], [-1, 2]], [[1, 2 + 1j], [2 - 1j, 3]], [[5, 2j], [-2j, 1]], [[3, -0.0 - 1j], [-0.0 + 1j, 3]]]:
    w, v = np.linalg.eigh(np.array(m))
    print(w, v, sep='\n')
    print(np.linalg.eigvalsh(np.array(m)))
