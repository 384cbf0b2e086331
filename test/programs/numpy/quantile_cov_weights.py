# quantile/percentile: q's shape leads the result; weights (inverted_cdf only) by NumPy's weighted CDF; np.cov fweights/aweights
import numpy as np
x = np.array([7.0, 1, 3, 3, 9, 4, 12, 5])
print(np.percentile(x, [[10, 20], [30, 40]]), np.quantile(x.reshape(2, 4), [[0.1], [0.9]], axis=1).shape)
print(np.quantile(x, 0.5, weights=np.arange(1, 9), method='inverted_cdf'), np.percentile(x, 50, weights=np.ones(8), method='inverted_cdf'))
print(np.quantile(x, [0, 0.25, 1], weights=[0, 0, 1, 1, 1, 1, 1, 5], method='inverted_cdf'))
m = np.array([[3, 1, 2], [9, 7, 8]])
print(repr(np.quantile(m, 0.5, axis=1, weights=[1, 1, 5], method='inverted_cdf')), repr(np.quantile(m, [0.3, 0.6], axis=0, weights=m, method='inverted_cdf')))
print(repr(np.quantile(m, 0.4, weights=np.ones((2, 3)), method='inverted_cdf')), repr(np.quantile(m, 0.4, axis=1, keepdims=True, weights=[1, 2, 3], method='inverted_cdf')))
print(repr(np.quantile(np.array([1.0, np.nan, 2]), 0.5, weights=[1, 1, 1], method='inverted_cdf')))
for bad in [lambda: np.quantile(x, 0.5, weights=np.ones(8)), lambda: np.quantile(x, 0.5, weights=-np.ones(8), method='inverted_cdf'), lambda: np.quantile(x, 0.5, weights=np.ones(3), method='inverted_cdf')]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
x = np.array([[0., 1, 2, 4], [2, 1, 0, 7]])
print(np.cov(np.arange(5), fweights=[1, 2, 1, 2, 1]), np.cov(np.arange(5.), aweights=[1, 2, 1, 2, 1]))
print(np.cov(x, fweights=[1, 2, 3, 1]), np.cov(x, aweights=[0.5, 1, 2, 1]), np.cov(x, fweights=[1, 1, 2, 2], aweights=[1, 2, 1, 0.5]))
print(np.cov(x, aweights=[0.5, 1, 2, 1], ddof=0), np.cov(x, fweights=[1, 2, 3, 1], bias=True), np.cov(x.T, rowvar=False, aweights=[1, 1, 2, 2]))
print(np.corrcoef(x), np.cov(x), np.cov(x, np.array([1, 2, 3, 4.5])))
for bad in [lambda: np.cov(x, fweights=[1.5, 1, 1, 1]), lambda: np.cov(x, aweights=[1, 1]), lambda: np.cov(x, fweights=[-1, 1, 1, 1])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
