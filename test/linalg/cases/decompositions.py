import numpy as np
M = np.array([[12.0, -51.0, 4.0], [6.0, 167.0, -68.0], [-4.0, 24.0, -41.0]])
q, r = np.linalg.qr(M)
print(q)
print(r)
print(np.linalg.qr(M, mode='r'))
qc, rc = np.linalg.qr(np.arange(6.0).reshape(3, 2), mode='complete')
print(qc.shape, rc.shape)
print(qc)
print(rc)
h, tau = np.linalg.qr(np.arange(6.0).reshape(3, 2) + 1, mode='raw')
print(h, tau)
res = np.linalg.qr(np.arange(6.0).reshape(2, 3))
print(res.Q, res.R, type(res).__name__)
print(repr(res))
P = np.array([[4.0, 12, -16], [12, 37, -43], [-16, -43, 98]])
print(np.linalg.cholesky(P))
print(np.linalg.cholesky(P, upper=True))
print(np.linalg.cholesky(np.array([[4.0, 2j], [-2j, 5]])))
try:
    np.linalg.cholesky(-P)
except np.linalg.LinAlgError as e:
    print('LinAlgError:', e)
try:
    np.linalg.qr(M, mode='bad')
except ValueError as e:
    print('ValueError:', e)
print(np.linalg.qr(np.stack([M, M.T]))[1].shape)
