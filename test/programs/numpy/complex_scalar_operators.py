# NumPy complex scalars have no //, % or divmod (Python reports unsupported operand types, or the ufunc its
# missing loop); a Python complex beside np.float64 (a float subclass) computes and compares as Python's
# complex; complex64 integer powers are float32 products
import numpy as np

cases = [
    'np.complex64(1.5 - 2j) // 3', '3 // np.complex64(1.5 - 2j)', 'np.complex128(3) % 2.0', 'divmod(np.complex128(3), 2)',
    'np.complex128(1) // np.complex128(2)', 'np.complex64(1) % np.float32(2)', 'np.complex64(1) // np.array([1, 2])',
    'np.float64(3) // np.complex64(1)', 'np.float32(3) // np.complex64(1)', 'np.int8(3) // np.complex64(1)',
    'np.complex64(3) // np.float64(1)', 'np.bool_(True) // np.complex64(1)', '1j // np.int8(3)', 'np.float64(3) // 1j',
    'divmod(np.float32(1), np.complex64(2))', 'np.floor_divide(np.complex128(3), 2)', 'np.array([1j]) % 2',
    '1j + np.float64(2)', 'np.float64(2) + 1j', '1j * np.float64(2)', '1j ** np.float64(2)', 'complex(1, 2) - np.float64(1)',
    '1j / np.float64(4)', '1j + np.float32(2)', '1j + np.int64(2)', '1j // np.float64(2)', '2 + np.float64(2)',
    '1j == np.float64(0)', '(1+0j) == np.float64(1)', '(1+0j) != np.float64(1)', 'np.float64(1) == (1+0j)', '1j == np.float32(0)',
    '1j == np.int64(0)', '[1j] == [np.float64(0)]',
    'np.complex64(1.5 - 2j) ** 2', 'np.complex64(1.5 - 2j) ** -2', 'np.complex64(1.5 - 2j) ** 5', 'np.complex64(0.3 + 0.1j) ** -7',
    'np.power(np.array([1.5 - 2j, 0.3 + 0.1j], dtype=np.complex64), 3)', 'np.power(np.array([1.5 - 2j, -2 + 1j], dtype=np.complex64), -3)',
]
for c in cases:
    try:
        print(c, '->', repr(eval(c)))
    except TypeError as e:
        print(c, '-> TypeError:', e)
