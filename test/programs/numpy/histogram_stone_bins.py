import numpy as np, warnings
warnings.simplefilter('ignore')
rng = np.random.default_rng(3)
for data in [np.arange(10), rng.normal(size=200), rng.exponential(size=57), np.array([1.0, 1.0]), np.array([5.0]), rng.integers(0, 20, 300), np.concatenate([rng.normal(0, 1, 100), rng.normal(8, 0.5, 60)])]:
    c, e = np.histogram(data, bins='stone')
    print(len(c), c[:8], e[:3])
print(np.histogram(np.arange(10.), bins='stone', range=(2, 20)))
print(np.histogram_bin_edges(rng.random(50), bins='stone'))
