import numpy as np
x = np.array([[0, 2], [1, 1], [2, 0]]).T
print(np.cov(x), np.cov(x[0], x[1]), np.cov([1.5, 2.5, 4.0]), np.cov(x, bias=True))
print(np.corrcoef(x), np.corrcoef([1, 2, 3, 4], [2, 4, 5, 9]).round(6))
a = np.array([[1.0, 2, 3], [4, 5, 7], [2, 2, 9]])
print(np.cov(a, rowvar=False).round(6), np.corrcoef(a).round(6))
print(np.triu_indices(3), np.tril_indices(3, -1), np.triu_indices(3, 1, 4), np.diag_indices(3))
m = np.arange(16).reshape(4, 4)
print(m[np.triu_indices_from(m, 1)], m[np.tril_indices_from(m)], m[np.diag_indices(4)])
