import numpy as np
i = np.array([[0, 1], [-1, 0]])
for n in [0, 1, 2, 3, 4, 5, -1]:
    print(n, np.linalg.matrix_power(i, n))
print(np.linalg.matrix_power(np.array([[1.0, 1], [1, 0]]), 10))
try:
    np.linalg.matrix_power(i, 1.5)
except TypeError as e:
    print('TypeError:', e)
A = np.arange(6.0).reshape(2, 3); B = np.arange(12.0).reshape(3, 4); C = np.arange(8.0).reshape(4, 2)
print(np.linalg.multi_dot([A, B, C]), np.linalg.multi_dot([A, B, C, np.ones(2)]), repr(np.linalg.multi_dot([np.ones(2), A, B[:, :2] * 0 + 1, np.ones(2)])))
print(np.linalg.tensorinv(np.eye(6).reshape(2, 3, 6), ind=2).shape)
a = np.eye(6).reshape(6, 2, 3)
print(np.linalg.tensorsolve(a, np.arange(6.0)))
print(np.linalg.trace(np.arange(9).reshape(3, 3)), np.linalg.trace(np.arange(8).reshape(2, 2, 2)), np.linalg.trace(np.eye(3), offset=1))
print(np.linalg.diagonal(np.arange(9).reshape(3, 3)), np.linalg.diagonal(np.arange(9).reshape(3, 3), offset=-1))
print(np.cross([1, 2, 3], [4, 5, 6]), np.cross([1.0, 0, 0], [0, 1, 0]), np.linalg.cross(np.eye(3), np.ones(3)))
print(np.cross(np.array([[1, 2, 3], [4, 5, 6]]), np.array([[7, 8, 9], [1, 1, 1]])), np.cross([1, 2, 3], [4, 5, 6], axis=0))
print(np.cross(np.array([[1, 2], [3, 4], [5, 6]]), np.array([[1, 0], [0, 1], [1, 1]]), axisa=0, axisb=0))
print(np.kron([1, 10, 100], [5, 6, 7]), np.kron(np.eye(2), np.ones((2, 2))), np.kron(np.array([[1, 2], [3, 4]]), [1, -1]))
print(np.tensordot(np.arange(60.0).reshape(3, 4, 5), np.arange(24.0).reshape(4, 3, 2), axes=([1, 0], [0, 1])))
print(np.tensordot(np.arange(4.0), np.arange(4.0), axes=1), np.tensordot(np.eye(2), np.eye(2), axes=0).shape)
print(np.linalg.outer([1, 2], [3, 4, 5]), np.linalg.vecdot([1, 2, 3], [4, 5, 6]), np.linalg.matrix_transpose(np.arange(6).reshape(2, 3)))
print(np.linalg.matmul(np.ones((2, 3)), np.ones(3)))
try:
    np.linalg.cross([1, 2], [3, 4])
except ValueError as e:
    print('ValueError:', e)
