# numpy.random's legacy distributions (module-level functions on the global RandomState): exact streams
import numpy as np

np.random.seed(2024)
print(np.random.binomial(10, 0.3, size=8))
print(np.random.binomial(500, 0.6, size=4))
print(np.random.poisson(4.5, size=8))
print(np.random.poisson([1, 15, 120]))
print(np.random.gamma(2.0, 3.0, size=4))
print(np.random.beta(2.0, 5.0, size=4))
print(np.random.normal(size=2), np.random.lognormal(0.5, 0.25, size=3))
print(np.random.laplace(1.0, 2.0, size=3))
print(np.random.logistic(size=3))
print(np.random.geometric(0.35, size=6), np.random.geometric(0.05, size=4))
print(np.random.chisquare(4, size=3))
print(np.random.standard_t(6, size=3))
print(np.random.triangular(-1, 0, 2, size=4))
print(np.random.multinomial(30, [0.2, 0.3, 0.5], size=2))
print(np.random.dirichlet([2.0, 3.0, 4.0]))
print(np.random.multivariate_normal([1.0, -1.0], [[2.0, 0.6], [0.6, 1.0]], size=3))
print(np.random.hypergeometric(20, 30, 12, size=5))
print(np.random.negative_binomial(3, 0.4, size=5))
print(np.random.standard_cauchy(3), np.random.rayleigh(2.0, 2))
r = np.random.RandomState(7)
print(r.poisson(0.0), r.binomial(0, 0.5), r.binomial(12, 1.0), type(r.poisson(3.0)).__name__)
for bad in [lambda: r.poisson(-1), lambda: r.binomial(5, 1.5), lambda: r.beta(0, 1), lambda: r.triangular(1, 1, 1),
            lambda: r.multinomial(5, [0.7, 0.6, 0.1]), lambda: r.dirichlet([0, 1]), lambda: r.geometric([0.5, 0])]:
    try:
        bad()
    except ValueError as e:
        print('ValueError:', e)
