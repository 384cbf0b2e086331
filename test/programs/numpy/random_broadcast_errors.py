# Broadcast errors of random draws name the arguments in NumPy's order: integers/randint broadcast
# low, high, then the output; binomial takes p before n; triangular, hypergeometric and the legacy uniform
# compare their parameters with ufuncs first ("operands could not be broadcast together").
import numpy as np
g = np.random.default_rng(0)
for f in [lambda: g.integers([0, 1], [1, 2, 3]), lambda: g.integers([0, 1], [5], size=3), lambda: g.integers([0, 1, 2], [5, 6], size=3),
          lambda: g.integers([0, 1], 5, size=(2, 3)), lambda: g.integers([0, 1], 5, size=(3, 2)), lambda: g.integers([0, 1], 5, size=(1, 2)),
          lambda: g.integers(0, [1, 2], size=3), lambda: g.integers([[0], [1]], [5, 6, 7], size=(2, 3)), lambda: g.integers([[0], [1]], [5, 6, 7], size=(3, 3)),
          lambda: np.random.RandomState(0).randint([0, 1], [1, 2, 3]), lambda: np.random.RandomState(0).randint([0, 1], 5, size=3),
          lambda: np.random.RandomState(0).randint([0, 1], [5, 6, 7], size=3), lambda: np.random.RandomState(0).randint(0, [5, 6], size=3),
          lambda: np.random.RandomState(0).randint([0, 1], 5, size=(2, 2)), lambda: np.random.RandomState(0).randint([0, 1], 5, size=(1, 2))]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
g = np.random.default_rng(0)
r = np.random.RandomState(0)
for f in [lambda: g.normal([0, 1], 1, size=3), lambda: g.normal(0, [1, 2], size=3), lambda: g.binomial([1, 2], 0.5, size=3), lambda: g.binomial(1, [0.5, 0.2], size=3),
          lambda: g.poisson([1, 2], size=3), lambda: g.uniform([0, 1], 2, size=3), lambda: g.uniform(0, [2, 3], size=3), lambda: g.gamma([1, 2], size=3),
          lambda: g.normal([0, 1], [1, 2, 3]), lambda: g.binomial([1, 2], [0.5, 0.2, 0.1]), lambda: g.hypergeometric([5, 6], 5, [3, 3, 3]),
          lambda: g.triangular([0, 1], 2, [3, 4, 5]), lambda: g.triangular(0, 2, 3, size=(2, 2)) .shape, lambda: g.triangular([0, 1], 2, 3, size=3),
          lambda: g.negative_binomial([1, 2], 0.5, size=3), lambda: g.zipf([2, 3], size=3), lambda: g.noncentral_f([1, 2], 2, 2, size=3), lambda: g.standard_t([1, 2], size=3),
          lambda: r.normal([0, 1], 1, size=3), lambda: r.binomial([1, 2], 0.5, size=3), lambda: r.uniform([0, 1], 2, size=3), lambda: r.poisson([1, 2], size=3),
          lambda: r.normal([0, 1], [1, 2, 3]), lambda: r.uniform([0, 1], [2, 3, 4]), lambda: r.triangular([0, 1], 2, 3, size=3), lambda: r.hypergeometric([5, 6], 5, 3, size=3)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
g = np.random.default_rng(0); r = np.random.RandomState(0)
for f in [lambda: g.binomial(-1, 1.5), lambda: r.binomial(-1, 1.5), lambda: g.binomial([-1], [1.5]), lambda: g.negative_binomial(-1, 1.5), lambda: r.negative_binomial(-1, 1.5), lambda: g.binomial([5, 10], [0.1, 0.9]), lambda: r.binomial(10, [0.2, 0.5], size=(3, 2))]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
