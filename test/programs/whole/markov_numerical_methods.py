# whole program: markov numerical methods (recorded from python3)
# Markov chains, bootstrap, numerical methods
import numpy as np

P = np.array([[0.9, 0.075, 0.025], [0.15, 0.8, 0.05], [0.25, 0.25, 0.5]])
state = np.array([1.0, 0.0, 0.0])
for step in range(1, 6):
    state = state @ P
    print(f"step {step}: {state}")
w, v = np.linalg.eig(P.T)
stat = np.real(v[:, np.argmin(np.abs(w - 1))])
stat /= stat.sum()
print("stationary", stat, np.allclose(stat @ P, stat))
print(np.linalg.matrix_power(P, 50)[0])

rng = np.random.default_rng(99)
sample = rng.exponential(scale=2.0, size=200)
boots = np.array([rng.choice(sample, size=sample.size, replace=True).mean() for _ in range(500)])
lo, hi = np.percentile(boots, [2.5, 97.5])
print(f"mean={sample.mean():.4f} CI=({lo:.4f}, {hi:.4f}) se={boots.std(ddof=1):.5f}")

f = lambda x: x ** 3 - 2 * x - 5
df = lambda x: 3 * x ** 2 - 2
x = 2.0
for i in range(6):
    x = x - f(x) / df(x)
    print(i, x, f(x))
xs = np.linspace(0, np.pi, 101)
print(np.trapezoid(np.sin(xs), xs), np.sum(np.sin(xs)) * (xs[1] - xs[0]))
# euler ODE y' = -2y
h = 0.1
ys = [1.0]
for _ in range(10):
    ys.append(ys[-1] + h * (-2 * ys[-1]))
print(np.array(ys))
print(np.exp(-2 * np.arange(11) * h) - np.array(ys))
# simpson by hand
n = 10
xx = np.linspace(0, 1, n + 1)
yy = np.exp(xx)
simp = (xx[1] - xx[0]) / 3 * (yy[0] + yy[-1] + 4 * yy[1:-1:2].sum() + 2 * yy[2:-1:2].sum())
print(simp, np.e - 1, simp - (np.e - 1))
A = np.array([[4.0, -1, 0], [-1, 4, -1], [0, -1, 4]])
b = np.array([15.0, 10, 10])
xj = np.zeros(3)
D = np.diag(A)
R = A - np.diagflat(D)
for it in range(25):
    xj = (b - R @ xj) / D
print(xj, np.linalg.solve(A, b), np.abs(A @ xj - b).max())
# power iteration
v = np.ones(3)
for _ in range(50):
    v = A @ v
    v /= np.linalg.norm(v)
print(v, v @ A @ v, np.linalg.eigvalsh(A))
# gradient descent linear regression
X = rng.normal(size=(100, 2))
y = X @ np.array([2.0, -1.0]) + 0.5 + rng.normal(scale=0.1, size=100)
Xb = np.hstack([np.ones((100, 1)), X])
theta = np.zeros(3)
for _ in range(500):
    grad = Xb.T @ (Xb @ theta - y) / len(y)
    theta -= 0.1 * grad
print(theta, np.linalg.lstsq(Xb, y, rcond=None)[0])
print(np.linalg.inv(Xb.T @ Xb) @ Xb.T @ y)
res = y - Xb @ theta
print(f"RMSE {np.sqrt(np.mean(res**2)):.6f}, R2 {1 - res.var() / y.var():.6f}")
