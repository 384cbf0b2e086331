# order='K' (the default of np.copy, astype, copy.copy and the *_like functions) keeps the memory
# layout of the source: Fortran arrays give Fortran results, transposed 3-d arrays like-permuted strides.
import copy
import numpy as np

f = np.asfortranarray(np.arange(6).reshape(2, 3))
t = np.arange(24, dtype=np.int32).reshape(2, 3, 4).transpose(2, 0, 1)
r = np.arange(12.).reshape(3, 4)[:, ::-1]
for name, a in (('fortran', f), ('transposed', t), ('reversed', r)):
    print(name, a.strides)
    print(' zeros_like', np.zeros_like(a).strides, np.zeros_like(a, order='C').strides, np.zeros_like(a, order='F').strides)
    print(' ones_like', np.ones_like(a).strides, 'empty_like', np.empty_like(a).strides, 'full_like', np.full_like(a, 3).strides)
    print(' np.copy', np.copy(a).strides, np.copy(a, order='C').strides, np.copy(a, order='A').strides)
    print(' .copy', a.copy().strides, a.copy(order='K').strides, a.copy(order='F').strides, a.copy(order='A').strides)
    print(' astype', a.astype(np.float32).strides, a.astype(np.float32, order='C').strides, copy.copy(a).strides)
    print(' values', np.array_equal(np.copy(a), a), np.array_equal(a.astype(float), a), np.full_like(a, 3).sum(), np.zeros_like(a, shape=(2, 2)).strides)
    print(' flags', np.zeros_like(a).flags.c_contiguous, np.zeros_like(a).flags.f_contiguous, np.copy(a).flags.owndata, np.copy(a).base is None)
print(np.ones_like(t)[1, 1], np.copy(t)[3], t.astype(np.int8)[0])
