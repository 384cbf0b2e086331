# Generator.integers dtypes, broadcast parameters, legacy functions, and RandomState over an MT19937 bit generator
import numpy as np
g = np.random.default_rng(8)
for dt in [np.int8, np.uint8, np.int16, np.uint16, np.int32, np.uint32, np.int64, np.uint64, bool]:
    print(dt.__name__ if hasattr(dt, '__name__') else dt, g.integers(0, 2 if dt is bool else 100, size=5, dtype=dt))
print(g.integers([1, 10, 100], [5, 20, 200]), g.integers(-5, 5, size=(2, 3), endpoint=True))
print(g.choice(5, size=(2, 3), p=[0.1, 0.2, 0.3, 0.2, 0.2]), g.choice([[1, 2], [3, 4], [5, 6]], 2, replace=False))
print(g.random((2, 2), dtype=np.float32).dtype, g.normal(loc=[0, 10], scale=[1, 2], size=(3, 2)))
print(g.poisson([1, 5, 50], size=(2, 3)), g.binomial([5, 10], [0.5, 0.1]), g.exponential([1, 10]))
print(g.standard_normal(size=(2, 2), dtype=np.float32), g.uniform(size=3).astype(np.float16))
print(g.shuffle(np.arange(5)), g.permutation(np.arange(6).reshape(3, 2)), g.permuted(np.arange(6), out=None))
np.random.seed(2)
print(np.random.randint(0, 10, (2, 3), dtype=np.uint8), np.random.randint(5, size=4, dtype=np.int16), np.random.randint(-3, 3))
print(np.random.choice([1.5, 2.5, 3.5], size=(2, 2), replace=True, p=[0.2, 0.3, 0.5]), np.random.rand(), np.random.randn())
print(np.random.normal(size=(2,)), np.random.standard_exponential(2), np.random.gamma([1, 2], 2.0), np.random.beta(2, 3, size=(2, 2)))
print(np.random.get_state()[2:], np.random.bytes(3), np.random.uniform(1, [2, 3]))
st = np.random.get_state(); a = np.random.rand(3); np.random.set_state(st); print(np.allclose(a, np.random.rand(3)))
rs = np.random.RandomState(np.random.MT19937(5))
print(rs.rand(2), np.random.RandomState(0).standard_t(10, 3), np.random.RandomState(1).chisquare([2, 3]))
