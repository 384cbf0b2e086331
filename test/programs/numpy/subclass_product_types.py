# The class of results of products and other array-making functions given ndarray subclass
# operands: matmul/@ and ufuncs wrap with the operand of highest __array_priority__, np.dot makes
# the class of the higher-priority operand (0-d results stay scalars), outer is a plain ndarray,
# meshgrid grids, .imag of a real array and flat[...] copies keep the class, numpy.linalg results
# go back through __array_wrap__ of the argument it names.
import numpy as np


class S(np.ndarray):
    pass


class P(np.ndarray):
    __array_priority__ = 5


s = np.arange(3).view(S)
p = np.arange(3).view(P)
m = np.arange(4).reshape(2, 2)
sm = m.view(S)
n = lambda r: type(r).__name__ if not isinstance(r, tuple) else [type(x).__name__ for x in r]
print('s@s', n(s @ s), repr(s @ s), n(m @ sm), n(sm @ m), n(np.matmul(s, s)))
print('dot', n(np.dot(s, s)), n(np.dot(m, sm)), n(np.dot(sm, m)), n(s.dot(s)), n(sm.dot(m)))
print('priority', n(p + s), n(s + p), n(s[:, None] @ p[None]), n(np.dot(s[:, None], p[None])))
print('outer', n(np.outer(s, s)), repr(np.outer(s, s)))
g = np.meshgrid(s, s)
print('meshgrid', n(g[0]), n(g[1]), repr(g[0]), n(np.meshgrid(s, s, sparse=True)[0]))
print('meshgrid 2-d input', repr(np.meshgrid(np.arange(4).reshape(2, 2)[:, ::-1], [7, 8])[0]))
print('imag', n(s.imag), n(s.real), n(np.imag(s)), repr(s.imag))
print('flat', n(s.flat[[1, 2]]), n(s.flat[1]), n(s.flat[1:]), repr(s.flat[::2]))
a = np.array([[4., 1.], [1., 3.]]).view(S)
b = np.array([1., 2.]).view(S)
print('inv', n(np.linalg.inv(a)))
print('solve', n(np.linalg.solve(a, b)), n(np.linalg.solve(a.view(np.ndarray), b)), n(np.linalg.solve(a, b.view(np.ndarray))))
print('cholesky', n(np.linalg.cholesky(a)), 'qr', n(tuple(np.linalg.qr(a))))
print('eig', n(tuple(np.linalg.eig(a))), n(np.linalg.eigvals(a)), 'eigh', n(tuple(np.linalg.eigh(a))))
print('svd', n(tuple(np.linalg.svd(a))), n(np.linalg.svd(a, compute_uv=False)))
print('pinv', n(np.linalg.pinv(a)), 'lstsq', n(tuple(np.linalg.lstsq(a, b))))
print('matrix_power', [n(np.linalg.matrix_power(a, k)) for k in (0, 1, 2, 3, -1)])
print('det', n(np.linalg.det(a)), n(np.linalg.norm(a)))
v = np.arange(8)[::2]
v.shape = (2, 2)
print('strided shape set', repr(v), v.strides)
try:
    w = np.arange(6).reshape(2, 3)[:, :2]
    w.shape = (4,)
except AttributeError as e:
    print('AttributeError:', e)
