# NumPy scalars have the operators' special methods, called by name as the operators would run
import numpy as np, operator
print(np.int64(3).__rsub__(10), repr(np.int64(3).__rsub__(10)), repr(np.float32(2).__mul__(1.5)), repr(np.uint8(3).__radd__(1)))
print(repr(np.int64(5).__truediv__(2)), repr(np.bool_(True).__add__(True)), repr(np.int8(7).__and__(3)), repr(np.int16(1).__lshift__(3)))
print(np.complex64(1).__rpow__(2))
print(repr(np.float32(3).__rfloordiv__(7)), repr(np.int32(7).__rmod__(20)), repr(np.float16(2).__pow__(3)), repr(np.uint8(2).__rpow__(3)))
print(list(map(np.float32(2).__mul__, [1, 2.5])), operator.add(np.int8(1), 2))
try:
    np.float64(2.5) & 1
except TypeError as e:
    print('TypeError', e)
