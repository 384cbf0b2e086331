import numpy as np
v = np.array([1.0, -2.0, 3.5, 0.0])
print(repr(np.linalg.norm(v)), repr(np.linalg.norm(v, 1)), repr(np.linalg.norm(v, np.inf)), repr(np.linalg.norm(v, -np.inf)))
print(repr(np.linalg.norm(v, 0)), repr(np.linalg.norm(v, 3)), repr(np.linalg.norm(v, 0.5)), repr(np.linalg.norm(v, -1)))
M = np.arange(1.0, 10.0).reshape(3, 3) + np.eye(3)
for o in [None, 'fro', 'nuc', 1, -1, 2, -2, np.inf, -np.inf]:
    print(o, repr(np.linalg.norm(M, o)))
print(np.linalg.norm(M, axis=0), np.linalg.norm(M, axis=1), np.linalg.norm(M, axis=(0, 1)))
print(np.linalg.norm(M, keepdims=True), np.linalg.norm(M, 2, axis=(1, 0), keepdims=True))
T = np.arange(24.0).reshape(2, 3, 4)
print(np.linalg.norm(T, axis=(1, 2)), np.linalg.norm(T, axis=-1))
print(repr(np.linalg.norm(np.arange(100))), repr(np.linalg.norm(np.linspace(0, 1, 37))))
print(repr(np.linalg.norm([3 + 4j, 1 - 1j])), np.linalg.norm(np.array([[1j, 2], [3, 4j]]), axis=1))
print(repr(np.linalg.norm(np.array([1, 2], dtype=np.float32))))
print(repr(np.linalg.cond(M)), repr(np.linalg.cond(np.array([[1.0, 2], [3, 4]]))))
for p in [None, 1, -1, 2, -2, np.inf, -np.inf, 'fro', 'nuc']:
    print(p, repr(np.linalg.cond(np.array([[2.0, 1], [1, 3]]), p)))
print(np.linalg.cond(np.array([[1.0, 2], [2, 4]]), 1))
print(np.linalg.vector_norm(M), np.linalg.vector_norm(M, axis=1, ord=1), np.linalg.matrix_norm(M), np.linalg.matrix_norm(M, ord=np.inf))
print(np.linalg.vector_norm(T, axis=(0, 2), keepdims=True).shape)
for bad in [('fro', np.ones(3), None), (3, np.ones((2, 2)), None), (None, np.ones((2, 2, 2)), (0, 1, 2))]:
    try:
        np.linalg.norm(bad[1], bad[0], axis=bad[2])
    except ValueError as e:
        print('ValueError:', e)
