# whole program: monte carlo random (recorded from python3)
# Monte Carlo estimates with seeded generators
import numpy as np

rng = np.random.default_rng(12345)
n = 100_000
pts = rng.random((n, 2))
inside = np.sum(np.sum(pts**2, axis=1) <= 1.0)
pi_est = 4 * inside / n
print(f"pi estimate: {pi_est:.6f}, error {abs(pi_est - np.pi):.2e}")
print(type(inside).__name__, inside, pi_est)

# random walk
steps = rng.choice([-1, 1], size=1000)
walk = np.cumsum(steps)
print("final", walk[-1], "max", walk.max(), "min", walk.min())
print("first crossing of +10:", np.argmax(walk >= 10) if (walk >= 10).any() else None)
print(walk[:20])

# 2d walks
walks = rng.standard_normal((5, 200)).cumsum(axis=1)
print(np.round(walks[:, -1], 3))
print(walks.std(axis=1))

# legacy API
np.random.seed(42)
print(np.random.rand(3))
print(np.random.randn(2, 3))
print(np.random.randint(0, 10, size=8))
print(np.random.choice(5, 3, replace=False))
a = np.arange(10)
np.random.shuffle(a)
print(a)
print(np.random.permutation(6))
print(np.random.normal(5.0, 2.0, size=4))
print(np.random.uniform(-1, 1, size=(2, 2)))
print(np.random.binomial(10, 0.3, size=6))
print(np.random.poisson(3.5, size=6))
print(np.random.exponential(2.0, 3))
print(np.random.random_sample(), np.random.random())
print(np.random.randint(5), type(np.random.randint(5)))

# generator distributions
g = np.random.default_rng(7)
print(g.integers(0, 100, 5), g.integers(10))
print(g.normal(size=3))
print(g.uniform(0, 10, 3))
print(g.binomial(20, 0.5, 4), g.poisson(2.0, 4))
print(g.exponential(1.0, 2), g.gamma(2.0, 1.0, 2), g.beta(2, 3, 2))
print(g.permutation(8), g.choice(["a", "b", "c"], 5))
x = np.arange(12).reshape(3, 4)
g.shuffle(x)
print(x)
print(g.choice(10, size=4, replace=False, p=None))
p = np.array([0.1, 0.2, 0.3, 0.4])
counts = np.bincount(g.choice(4, size=10000, p=p), minlength=4)
print(counts, counts / counts.sum())
# dice simulation
rolls = g.integers(1, 7, size=(10000, 2)).sum(axis=1)
vals, cnts = np.unique(rolls, return_counts=True)
for v, c in zip(vals, cnts):
    print(f"{v:2d}: {c:5d} {'#' * (c // 100)}")
print(g.multinomial(10, [0.2, 0.3, 0.5]), g.standard_t(5, 2), g.chisquare(3, 2))
print(g.lognormal(0, 1, 2), g.geometric(0.3, 3), g.hypergeometric(10, 5, 6, 3))
print(g.triangular(0, 1, 3, 2), g.weibull(2, 2), g.laplace(0, 1, 2), g.logistic(0,1,2))
print(g.multivariate_normal([0, 0], [[1, 0.5], [0.5, 1]], 3))
print(g.dirichlet([1, 2, 3], 2))
print(g.bytes(4))
