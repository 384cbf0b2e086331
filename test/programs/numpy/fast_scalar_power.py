# ndarray ** scalar: NumPy runs square / reciprocal / sqrt for a float or complex array to the Python
# int 2 or -1 or the float 0.5, power otherwise (complex squares are exact products)
import numpy as np
a = np.array([-1.0, 0.0, 2.0, 3.5])
with np.errstate(all='ignore'):
    print(a ** 0.5, a ** 2, a ** -1, a ** 2.0, a ** 1, a ** 3)
c = np.array([1 + 2j, -3.5 + 0.25j, 0.1 - 0.7j])
print(c ** 2, c ** -1, c ** 0.5, c ** 3)
i = np.array([1, 2, 3])
print(i ** 2, i ** 0.5, (i ** 2).dtype)
f = np.array([1.5, 2.5], dtype=np.float32)
print(f ** 2, (f ** 0.5).dtype, (f ** -1).dtype, f ** -1)
print(np.float64(2.0) ** 0.5, np.array(4.0) ** 0.5, np.array([2.0]) ** np.float64(0.5))
b = a.copy()
b **= 2
print(b)
try:
    with np.errstate(invalid='raise'):
        a ** 0.5
except FloatingPointError as e:
    print('FloatingPointError:', e)
try:
    with np.errstate(divide='raise'):
        a ** -1
except FloatingPointError as e:
    print('FloatingPointError:', e)
