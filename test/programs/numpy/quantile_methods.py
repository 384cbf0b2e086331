# np.quantile/percentile methods, nan-quantiles along an axis, mean/var/std with where=
import numpy as np
a = np.arange(10)
f = np.array([3.5, 1.0, 7.25, 2.0, 9.0, 4.5])
for m in ['inverted_cdf', 'averaged_inverted_cdf', 'closest_observation', 'interpolated_inverted_cdf', 'hazen',
          'weibull', 'linear', 'median_unbiased', 'normal_unbiased', 'lower', 'higher', 'midpoint', 'nearest']:
    print(m, repr(np.quantile(a, 0.33, method=m)), np.percentile(f, [0, 10, 25, 50, 90, 100], method=m))
print(repr(np.percentile(np.arange(10.0), 40, method='lower')), np.quantile(np.arange(12).reshape(3, 4), 0.5, axis=1, method='nearest'))
try:
    np.quantile(a, 0.5, method='bogus')
except ValueError as e:
    print(str(e)[:40])
m = np.array([[1, np.nan, 3], [np.nan, np.nan, 6.], [2, 4, 8]])
print(np.nanpercentile(m, 50, axis=1), np.nanpercentile(m, [25, 75], axis=0), np.nanquantile(m, 0.5, axis=1, keepdims=True))
print(np.nanquantile([1, 2, np.nan, 4], 0.5), np.nanmedian(m, axis=0))
x = np.arange(24).reshape(2, 3, 4)
print(np.mean(x, where=x > 3), np.mean(x, axis=2, where=[True, False, True, True], keepdims=True))
print(np.var(x, where=x > 3), np.std(x, axis=2, where=x % 3 == 0), np.var(x, axis=1, ddof=1, where=x < 20))
print(x.mean(where=x < 5), x.std(where=x < 5))
