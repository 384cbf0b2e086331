# A NumPy scalar's .flat iterates the 0-d array holding it.
import numpy as np

for s in [np.uint8(245), np.float64(2.5), np.complex64(1j), np.bool_(True)]:
    f = s.flat
    print(type(f).__name__, f[0], list(f), len(f))
x = np.ones(()) * 3.0
print(type(x).__name__, x.flat[0])
