# Floating-point error reports of a ufunc given `where=`: only the elements the mask computes count, so
# the NaN/inf already in `out` at masked-off places, or a zero divisor there, report nothing (raised here
# through errstate(all='raise')).
import numpy as np

a = np.array([1.0, 2.0, 3.0, 4.0])
b = np.array([0.0, 2.0, 0.0, 8.0])
i = np.array([5, 6, 7])
j = np.array([0, 2, 0])
cases = [
    lambda: np.log(a, out=np.full_like(a, np.nan), where=a > 2),
    lambda: np.divide(a, b, out=np.full_like(a, np.inf), where=b != 0),
    lambda: np.divide(a, b, out=np.full_like(a, -np.inf), where=[True, True, False, True]),
    lambda: np.divide(a, b, out=np.zeros_like(a), where=[True, True, True, False]),
    lambda: np.floor_divide(i, j, out=np.zeros_like(i), where=j != 0),
    lambda: np.remainder(i, j, out=np.full_like(i, -1), where=j != 0),
    lambda: np.floor_divide(i, j, out=np.zeros_like(i), where=j == 0),
    lambda: np.sqrt(np.array([-1.0, 4.0]), out=np.full(2, np.nan), where=[False, True]),
    lambda: np.sqrt(np.array([-1.0, 4.0]), out=np.full(2, np.nan), where=[True, True]),
    lambda: np.exp(np.array([1000.0, 1.0]), out=np.full(2, np.inf), where=np.array([False, True])),
    lambda: np.exp(np.array([[1000.0], [1.0]]), out=np.full((2, 2), np.inf), where=np.array([[True], [False]])),
]
with np.errstate(all='raise'):
    for f in cases:
        try:
            print(f())
        except FloatingPointError as e:
            print('FloatingPointError:', e)
