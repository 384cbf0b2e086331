# NumPy scalar types and array creation read other numbers through the number protocol
# (__float__, __int__, __index__, __complex__), None is NaN to inexact dtypes, and
# complex scalars parse text and take (real, imag).
import numpy as np
import statistics
from fractions import Fraction
from decimal import Decimal


class F:
    def __float__(self):
        return 2.5


class I:
    def __index__(self):
        return 3


class J:
    def __int__(self):
        return 4


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for T in (np.float64, np.float32, np.float16, np.int64, np.int8, np.complex128):
    for v in (Fraction(7, 2), Decimal('1.5'), F(), I(), J()):
        show(lambda: T(v))
show(lambda: np.array([Fraction(1, 3), Decimal('0.25'), F()], dtype=float))
show(lambda: np.array([Fraction(1, 2), None, Fraction(0)], dtype=bool))
show(lambda: np.array([Fraction(5, 2)]).astype(float))
print(statistics.mean(np.array([1.0, 2.0, 4.0])), statistics.mean(np.array([1, 2, 3])), statistics.fmean(np.arange(4)))

# None is a missing value
show(lambda: np.array([1, None, 3], dtype=float))
show(lambda: np.array([None, 1.5], dtype=np.float32))
show(lambda: np.array([None], dtype=complex))
show(lambda: np.float64(None))
show(lambda: np.complex128(None))
show(lambda: np.array([1, None]).astype(complex))
show(lambda: np.array([None], dtype=int))
a = np.zeros(3)
a[1] = None
print(a)

# complex scalars from text and from two parts
for args in [('1+2j',), (' 2j ',), ('1e3-1e-3j',), ('x',), (b'1+1j',), (1, 2), (1.5, np.float32(2.5)), (True, 2**70),
             (1, 'x'), (1j, 1j), (object(),), (1, 2, 3)]:
    show(lambda: np.complex128(*args))
show(lambda: np.complex64(1.5, 2.5))
show(lambda: np.float64(b'1.5'))
show(lambda: np.int64(b'12'))
show(lambda: np.float64(1, 2))
show(lambda: np.int8(1, 2))
show(lambda: np.bool_(1, 2))

# a scalar cast to str / bytes takes the width its text needs
for v in [np.datetime64('2024-01'), np.float64(1.5), np.int64(-3), np.timedelta64(5, 'h'), np.bool_(True), np.complex64(1j)]:
    print(repr(v.astype(str)), repr(v.astype('U')), repr(v.astype('S')), repr(v.astype(bytes)))

# a ufunc takes at most nin + nout positional arguments
show(lambda: np.add(1, 2, None))
show(lambda: np.add(1, 2, 3, 4))
show(lambda: np.sqrt(1, 2, 3))
show(lambda: np.divmod(1, 2, None, None, None))
