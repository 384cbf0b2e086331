# np.array / np.asarray copies keep the source's memory order (order='K') unless an order is asked for;
# np.round keeps it too; tobytes(order=) reads in C, F or (for Fortran arrays) 'A' order.
import numpy as np

a = np.arange(12.).reshape(3, 4)
b = a.T
for v in [b, a[:, ::2], a.T[::-1], np.asfortranarray(a)]:
    print(np.array(v).strides, np.array(v, order='K').strides, np.array(v, order='C').strides,
          np.array(v, order='F').strides, np.array(v, order='A').strides, np.array(v, dtype=np.float32).strides)
    print(np.asarray(v, order='C').strides, np.asarray(v, order='F').strides, np.asarray(v, dtype=np.float32).strides,
          np.asarray(v, copy=True).strides, np.asarray(v) is v, np.asarray(v, order='C') is v)
    print(np.round(v).strides, np.round(v.astype(int), -1).strides, np.round(v + 1j).strides)
i = np.arange(6).reshape(2, 3)
for x in [i, np.asfortranarray(i), i.T, i[:, ::2]]:
    print(x.tobytes('C')[:24], x.tobytes('F')[:24], x.tobytes('A')[:24], x.tobytes() == x.tobytes(order='C'))
try:
    i.tobytes(foo=1)
except TypeError as e:
    print(type(e).__name__, e)
