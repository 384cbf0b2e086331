# np.cov scales by the reciprocal of N - ddof (last digits as NumPy) and squeezes one variable to a 0-d array
import numpy as np
np.random.seed(1)
x = np.linspace(0, 10, 25)
y = 3.5 * x - 2 + np.random.normal(0, 1.5, x.size)
print(np.corrcoef(x, y)[0, 1], repr(np.cov(x)), repr(np.corrcoef(x)))
print(repr(np.cov([1, 2, 3], bias=True)), np.cov(np.arange(12.).reshape(3, 4)))
print(repr(np.cov(x, y)), repr(np.corrcoef([[1, 2, 3], [3, 1, 7], [0, 0, 1.5]])))
