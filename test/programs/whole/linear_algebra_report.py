# whole program: linear algebra report (recorded from python3)
# linear regression and linear algebra report
import numpy as np

rng = np.random.default_rng(0)
n = 50
x = np.linspace(0, 10, n)
X = np.column_stack([np.ones(n), x, x**2])
beta_true = np.array([1.5, -0.7, 0.12])
y = X @ beta_true + rng.normal(scale=0.5, size=n)

coef, res, rank, sv = np.linalg.lstsq(X, y, rcond=None)
print("coef", coef)
print("residuals", res, "rank", rank)
print("singular values", sv)
yhat = X @ coef
ss_res = np.sum((y - yhat) ** 2)
ss_tot = np.sum((y - y.mean()) ** 2)
r2 = 1 - ss_res / ss_tot
print(f"R^2 = {r2:.5f}")
XtX = X.T @ X
print(np.linalg.solve(XtX, X.T @ y))
print(np.linalg.inv(XtX))
print(np.linalg.pinv(X)[:, :4])
print("det", np.linalg.det(XtX), np.linalg.slogdet(XtX))
print("cond", np.linalg.cond(XtX))
print("norms", np.linalg.norm(y), np.linalg.norm(X, 'fro'), np.linalg.norm(X, 2), np.linalg.norm(X, 1), np.linalg.norm(X, np.inf))
print(np.linalg.norm(X, axis=0))
print(np.linalg.matrix_rank(X))

A = np.array([[4.0, 1, 2], [1, 3, 0], [2, 0, 5]])
w, v = np.linalg.eig(A)
order = np.argsort(w)
print("eig", w[order])
print(np.abs(v[:, order]))
w2, v2 = np.linalg.eigh(A)
print(w2)
print(v2)
print(np.linalg.eigvals(np.array([[0, -1], [1, 0]])))
U, S, Vt = np.linalg.svd(A)
print(U, S, Vt, sep="\n")
print(np.allclose(U @ np.diag(S) @ Vt, A))
Q, R = np.linalg.qr(A)
print(Q)
print(R)
L = np.linalg.cholesky(A)
print(L)
print(np.linalg.matrix_power(A, 3))
print(np.trace(A), np.linalg.det(A))
B = rng.integers(-5, 5, size=(4, 4)).astype(float)
print(B)
print(np.linalg.inv(B) @ B)
print(np.round(np.linalg.inv(B) @ B, 10))
try:
    np.linalg.inv(np.ones((3, 3)))
except np.linalg.LinAlgError as e:
    print("LinAlgError:", e)
try:
    np.linalg.cholesky(-A)
except np.linalg.LinAlgError as e:
    print("LinAlgError:", e)
print(np.linalg.svd(A, compute_uv=False))
print(np.linalg.qr(X, mode='r')[:3])
print(np.linalg.lstsq(X[:, :2], y, rcond=None)[0])
print(np.linalg.multi_dot([A, A, A]))
print(np.outer([1, 2], [3, 4]), np.inner([1,2],[3,4]), np.cross([1,0,0],[0,1,0]))
print(np.kron(np.eye(2), [[1, 2], [3, 4]]))
print(np.linalg.eig(np.array([[2.0, 1], [1, 2]])))
print(np.linalg.svd(np.arange(6.).reshape(2, 3)))
