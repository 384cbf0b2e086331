import numpy as np
A = np.array([[1.0, 2.0], [3.0, 4.0]])
print(repr(np.linalg.det(A)), repr(np.linalg.det(np.array([[1, 2], [3, 4]]))))
print(np.linalg.inv(A))
print(repr(np.linalg.inv(A)))
print(np.linalg.solve(A, [1, 2]), np.linalg.solve(A, np.eye(2)))
print(repr(np.linalg.slogdet(A)))
s, l = np.linalg.slogdet(np.eye(3) * 0.5)
print(s, l, type(s).__name__)
print(repr(np.linalg.det(np.zeros((2, 2)))), np.linalg.slogdet(np.zeros((3, 3))))
B = np.array([[2.0, -1, 0], [-1, 2, -1], [0, -1, 2]])
print(np.linalg.inv(B))
print(np.linalg.det(B), np.linalg.det(np.arange(9.0).reshape(3, 3)))
S = np.arange(8.0).reshape(2, 2, 2) + np.eye(2)
print(np.linalg.det(S), np.linalg.inv(S))
print(np.linalg.solve(S, np.ones((2, 2))), np.linalg.solve(S, np.ones(2)))
f = np.array([[1, 2], [3, 4]], dtype=np.float32)
print(repr(np.linalg.inv(f)), repr(np.linalg.det(f)), np.linalg.solve(f, np.ones(2, dtype=np.float32)).dtype)
C = np.array([[1 + 2j, 2], [3, 4 - 1j]])
print(np.round(np.linalg.inv(C), 12))
print(repr(np.linalg.det(C)), np.linalg.slogdet(C))
print(np.linalg.solve(C, [1, 1j]))
for bad in [np.ones((2, 3)), np.ones(3), np.ones((2, 2)), np.array([[1.0, 2], [2, 4]])]:
    try:
        np.linalg.inv(bad)
    except np.linalg.LinAlgError as e:
        print('LinAlgError:', e)
try:
    np.linalg.solve(np.eye(2), np.ones(3))
except ValueError as e:
    print(type(e).__name__, e)
try:
    np.linalg.solve(np.eye(3), np.ones((2, 2)))
except ValueError as e:
    print(type(e).__name__, e)
try:
    np.linalg.inv(np.eye(2, dtype=np.float16))
except TypeError as e:
    print(type(e).__name__, e)
print(issubclass(np.linalg.LinAlgError, ValueError), np.linalg.LinAlgError.__module__, np.linalg.LinAlgError.__name__)
H = 1.0 / (np.arange(1, 6)[:, None] + np.arange(5))
print(np.linalg.det(H), np.linalg.inv(H)[0])
print(repr(np.linalg.inv(np.ones((0, 0)))), repr(np.linalg.det(np.ones((0, 0)))))
