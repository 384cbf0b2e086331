# einsum reducing contiguous float data to a scalar output sums in NumPy's SIMD lane order
import numpy as np
for n in [1, 3, 7, 8, 9, 10, 17, 23, 33, 64]:
    rng = np.random.default_rng(n)
    A = rng.random(n); B = rng.random(n); M = rng.random((n, 7)); N = rng.random((3, n, 5))
    A32 = A.astype(np.float32); B32 = B.astype(np.float32)
    print(n, repr(np.einsum('i->', A)), repr(np.einsum('i,i', A, B)), repr(np.einsum('i,i->', A32, B32)), repr(np.einsum('i->', A32)))
    print(np.einsum('ij->i', M).tolist(), repr(np.einsum('ij->', M)), repr(np.einsum('ij,ij->', M, M)))
    print(np.einsum('ij,ij->i', M, M).tolist(), np.einsum('ij,j->i', M, rng.random(7)).tolist())
    print(np.einsum('aij->a', N).tolist(), np.einsum('aij,aij->a', N, N).tolist(), np.einsum('ij->j', M).tolist())
    print(np.einsum('ij->i', M.astype(np.float32)).tolist(), np.einsum(A, [0], B, [0], []))
rng = np.random.default_rng(1)
A = rng.uniform(0, 1, (5, 5)); B = rng.uniform(0, 1, (5, 5))
print(np.einsum('ij,ji->i', A, B), np.einsum('ij->', A), np.einsum('i,i', A[0], B[0]))
print(np.einsum('i->', np.arange(10, dtype=np.int64)), np.einsum('i,i', np.arange(5), np.arange(5)))
# the iterator walks memory order: transposed operands, summed letters outside the contiguous block
rng = np.random.default_rng(5)
M = rng.random((9, 11)); N = rng.random((3, 10, 6)); P = rng.random((4, 5, 3))
print(np.einsum('ji->i', M.T).tolist())
print(np.einsum('aij->i', N).tolist())
print(np.einsum('aij,aij->i', N, N).tolist())
print(np.einsum('ijk->j', P).tolist(), np.einsum('ijk->k', P).tolist(), repr(np.einsum('ijk->', P.transpose(2, 0, 1))))
print(np.einsum('ij,kj->ik', M[:3], M[3:6]).tolist())
