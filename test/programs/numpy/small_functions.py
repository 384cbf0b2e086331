# Small NumPy functions: the array-API names (vecdot, matvec, vecmat, matrix_transpose, permute_dims,
# concat, unstack, astype, isdtype), diagflat, mask_indices, trapezoid, unwrap, binary_repr, base_repr,
# typename, mintypecode, common_type, iterable, typecodes, isinstance(…, np.ufunc)
import numpy as np
a = np.arange(6).reshape(2, 3)
print(np.vecdot([1, 2], [3, 4]), np.vecdot(a, [1, 1, 1]), np.vecdot(np.array([1j, 2]), np.array([1j, 1])), np.vecdot(a, a, axis=0))
print(np.matvec(np.arange(4).reshape(2, 2), [1, 1]), np.vecmat([1, 1], np.arange(4).reshape(2, 2)), np.matvec(np.ones((3, 2, 2)), [1, 2]).shape)
print(np.matrix_transpose(np.arange(24).reshape(2, 3, 4)).shape, np.permute_dims(np.arange(24).reshape(2, 3, 4), (1, 2, 0)).shape)
print(np.concat([a, a]), np.concat([a, a], axis=1).shape, np.unstack(a), np.unstack(a, axis=1))
print(np.astype(a, np.float32), np.isdtype(np.float32, 'real floating'), np.isdtype(np.int8, ('bool', 'unsigned integer')), np.isdtype(a.dtype, 'numeric'))
print(np.diagflat([[1, 2], [3, 4]]), np.diagflat([1, 2], 1))
print(np.mask_indices(3, np.triu), np.mask_indices(3, np.tril, -1))
print(np.trapezoid([1, 2, 3]), np.trapezoid([1, 2, 3], x=[4, 6, 8]), np.trapezoid([1, 2, 3], dx=0.5), np.trapezoid([[0, 1, 2], [3, 4, 5]], axis=0), np.trapezoid(np.arange(9).reshape(3, 3), x=[0, 1, 3]))
print(np.unwrap([0, 3, 6.5, 9.5, 13, 0.5]), np.unwrap(np.array([1, 2, 3, 4, 5, 6, 1, 2, 3]), period=6), np.unwrap(np.linspace(0, 4 * np.pi, 5) % (2 * np.pi)))
print(np.binary_repr(10), np.binary_repr(-3), np.binary_repr(-3, width=5), np.binary_repr(0, 4), np.binary_repr(-8, 6), np.binary_repr(np.int64(5), 8))
print(np.base_repr(255, 16), np.base_repr(-10, 3), np.base_repr(7, 2, padding=3), np.base_repr(0), np.base_repr(35, 36))
print(np.typename('d'), np.typename('l'), np.typename('F'), np.typename('?'))
print(np.mintypecode(['d', 'f']), np.mintypecode('ilk'), np.mintypecode(['F', 'd']), np.mintypecode('efg'), np.mintypecode('abceh', default='G'))
print(np.common_type(np.arange(2), np.ones(2, np.float32)), np.common_type(np.ones(2, np.float16)), np.common_type(np.ones(2, np.float32), np.ones(1, np.complex64)))
print(np.iterable([1]), np.iterable(2), np.iterable('ab'), np.iterable(np.array(3)), np.iterable(np.arange(2)))
print(np.typecodes['AllInteger'], np.typecodes['AllFloat'])
print(isinstance(np.add, np.ufunc), isinstance(np.sum, np.ufunc), type(np.sin).__name__)
try:
    np.binary_repr(8, width=2)
except ValueError as e:
    print(e)
