# numpy.random.Generator's distributions (PCG64 via default_rng): exact streams, broadcasting and errors
import numpy as np

g = np.random.default_rng(31337)
print(g.binomial(10, 0.3, size=8))
print(g.binomial([5, 50, 500], [[0.1], [0.9]]))
print(g.poisson(4.5, size=8), g.poisson(250.0, size=3))
print(g.gamma(3.5, 1.5, size=4))
print(g.beta(3.0, 1.5, size=4))
print(g.lognormal(0.0, 0.5, size=3))
print(g.laplace(size=3), g.logistic(2.0, 0.5, size=2), g.gumbel(size=2))
print(g.geometric(0.5, size=6), g.geometric(0.01, size=4))
print(g.chisquare(2.5, size=3), g.standard_t(3.0, size=3))
print(g.triangular(0.0, 0.25, 1.0, size=4))
print(g.multinomial(25, [0.1, 0.6, 0.3], size=2))
print(g.multinomial([10, 20], [0.5, 0.5]))
print(g.dirichlet([1.5, 2.5, 0.5], size=2))
print(g.multivariate_normal([0.0, 2.0, -1.0], [[1.0, 0.2, 0.1], [0.2, 2.0, 0.4], [0.1, 0.4, 1.5]], size=2))
print(g.multivariate_normal([0.0, 0.0], [[1.0, 0.5], [0.5, 1.0]]))
print(g.hypergeometric(15, 25, 10, size=5), g.negative_binomial(4, 0.25, size=4))
print(g.wald(1.0, 3.0, size=3), g.vonmises(0.5, 4.0, size=3), g.rayleigh(size=2))
print(g.logseries(0.7, size=5), g.zipf(2.5, size=5))
print(g.standard_exponential(3, dtype=np.float32), g.random(3, dtype=np.float32))
print(g.integers(1, 6, size=8, endpoint=True))
print(type(g.poisson(2.0)).__name__, type(g.gamma(2.0)).__name__, g.binomial(0, 0.3), g.poisson(0))
for bad in [lambda: g.poisson(-1), lambda: g.poisson([1, np.nan]), lambda: g.binomial(-2, 0.5), lambda: g.gamma(1, -1),
            lambda: g.logseries(1.0), lambda: g.zipf(1.0), lambda: g.hypergeometric(2, 2, 5),
            lambda: g.multivariate_normal([0, 0], [[1, 2], [2, 1]], check_valid='raise'), lambda: g.normal([0, 0, 0], 1, size=2)]:
    try:
        bad()
    except ValueError as e:
        print('ValueError:', e)
