# np.matrix, np.asmatrix and np.bmat: the always-2-d ndarray subclass of older tutorials
# (construction from strings and lists, * and ** as matrix product and power, .T .H .I .A .A1,
# 2-d reductions, indexing that keeps rows and columns 2-d, repr and str)
import numpy as np

a = np.matrix('1 2; 3 4')
b = np.matrix([[1, 2], [3, 4]])
print(repr(a))
print(a)
print(a * b)
print(a ** 2, a ** 0, a ** -1, sep='\n')
print(a.T, a.H, a.I, a.A, a.A1, sep='\n')
print(repr(a.sum()), repr(a.sum(0)), repr(a.sum(axis=1)), repr(a.mean()), repr(a.mean(1)))
print(repr(a.max()), repr(a.max(0)), repr(a.argmax()), repr(a.argmax(1)), repr(a.min(1)), repr(a.prod(0)))
print(repr(a.std(0)), repr(a.var()), repr(a.all()), repr(a.any(0)), repr(a.ptp(0)), repr(a.cumsum()))
print(repr(a[0]), repr(a[:, 0]), repr(a[0, 0]), repr(a[1, :]), repr(a[[0, 1]]))
print(repr(a.tolist()), repr(a.flatten()), repr(a.ravel()), repr(a.squeeze()))
print(repr(np.asmatrix(np.arange(3))), repr(np.asmatrix([[1.5, 2]])))
c = np.matrix(np.arange(6).reshape(2, 3))
print(repr(np.bmat([[a, a], [a, a]])), repr(np.bmat('a b; b a', ldict={'a': a}, gdict={'b': b})))
print(repr(np.bmat([a, b])))
print(repr(a + 1), repr(a * 2), repr(2 * a), repr(a / 2), repr(a @ a), repr(np.dot(a, a)), repr(np.multiply(a, a)))
print(repr(c * np.arange(3)[:, None]))
print(repr(np.matrix([1, 2, 3])), repr(np.matrix(5)), repr(np.matrix('1.5, 2; 3, 4j')))
print(repr(np.matrix([[1, 2], [3, 4]], dtype=float)))
print(type(a.T).__name__, a.shape, a.ndim, a.T.shape, isinstance(a, np.ndarray), isinstance(a, np.matrix))
print(repr(a.diagonal()), repr(a.trace()), repr(np.linalg.inv(a)), repr(np.linalg.det(a)))
x = np.matrix([[1, 2, 3]]).T
print(repr(x), repr(x.T * x), repr(x * x.T))
print(repr(np.array(a)), repr(np.asarray(a)), repr(np.asanyarray(a)))
m = a.copy()
m *= a
print(repr(m))
m **= 2
print(repr(m))
print(repr(a.getA()), repr(a.getT()), repr(a.getI()), repr(a.getH()))
print(repr(a == b), repr(a[a > 1]))
print(repr(np.sum(a, axis=0)), repr(np.sum(a, axis=1)), repr(np.mean(a)), repr(np.max(a, axis=1)), repr(np.transpose(a)))
print(repr(a.reshape(1, 4)), repr(a.astype(float)), list(a), [repr(r) for r in a])
for r in c:
    print(r)
print(repr(np.matrix([[1 + 2j, 3], [0, 1j]]).H))
print(repr(c.argmin(0)), repr(c.sum(axis=None)), repr(c.max(axis=-1)))
print(repr(c.I.round(3)), repr(np.linalg.matrix_power(a, 3)))
try:
    np.matrix(np.zeros((2, 2, 2)))
except ValueError as e:
    print('ValueError:', e)
try:
    np.matrix('1 2; 3')
except ValueError as e:
    print('ValueError:', e)
