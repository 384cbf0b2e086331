# statistics (src/stdlib/statistics.ts): exact-ratio sums, correctly rounded results, errors
import statistics as st
from statistics import StatisticsError
from fractions import Fraction as F
import random
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(st.mean(data), st.mean([1, 2, 3, 4, 4]), st.mean([1, 2, 3, 4]), st.mean([F(3, 7), F(1, 21), F(5, 3), F(1, 3)]), st.mean([True, False, True]))
print(st.fmean([3.5, 4.0, 5.25]), st.fmean([1, 2, 3], weights=[0.25, 0.25, 0.5]), st.fmean(iter([1, 2])))
print(st.geometric_mean([54, 24, 36]), st.geometric_mean([1.5, 2.5, 9.75]))
print(st.harmonic_mean([40, 60]), st.harmonic_mean([2.5, 3, 10]), st.harmonic_mean([40, 60], weights=[5, 30]), st.harmonic_mean([5]), st.harmonic_mean([1, 0, 3]))
print(st.median([1, 3, 5]), st.median([1, 3, 5, 7]), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=2))
print(st.mode([1, 1, 2, 3, 3, 3, 3, 4]), st.mode(['red', 'blue', 'blue', 'red', 'green', 'red', 'red']), st.mode('aabbb'), st.multimode('aabbbbccddddeeffffgg'), st.multimode(''), st.mode([1, 2, 2, 1]))
print(st.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.stdev([1, 2, 3, 4]), st.pstdev([1, 1, 1]))
print(st.pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]), st.variance([2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]), st.variance([1, 2, 3, 4]), st.pvariance([1, 2, 3, 4]), st.variance([F(1, 6), F(1, 2), F(5, 3)]))
print(st.variance([1, 3, 5], 3), st.pvariance([1.0, 2.0], mu=1.5), st.stdev([2, 4, 4, 4, 5, 5, 7, 9], xbar=5))
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(st.quantiles([1, 2, 3, 4, 5], n=4, method='inclusive'), st.quantiles([1.5, 2.5], n=3), st.quantiles(range(10), n=1))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.correlation(x, y), st.correlation(x, x[::-1]), st.linear_regression(x, y), st.linear_regression([1, 2, 3], [2, 4, 6.5], proportional=True))
lr = st.linear_regression([1971, 1975, 1979, 1982, 1983], [1, 2, 3, 4, 5])
print(lr.slope, lr.intercept, round(lr.slope * 2019 + lr.intercept))
r = random.Random(3)
big = [r.gauss(10, 3) for _ in range(1000)]
ints = [r.randrange(1000) for _ in range(1001)]
print(st.mean(big), st.fmean(big), st.median(big), st.stdev(big), st.pvariance(big))
print(st.mean(ints), st.median(ints), st.variance(ints), st.stdev(ints), st.mode(ints), st.quantiles(ints))
print(st.mean([1e300, 1e300, -1e300]), st.mean([0.1] * 10), st.variance([0.1, 0.2, 0.3]), st.mean([1, 2.5, F(1, 2)]))
print(st.mean([float('inf'), 1]), st.mean([float('nan'), 1]), st.stdev([1e16, 1e16 + 2, 1e16 + 4]))
print(type(st.mean([1, 2])).__name__, type(st.mean([1, 3])).__name__, type(st.variance([1, 2, 3])).__name__, type(st.variance([F(1), F(2)])).__name__)
def err(f, *a, **k):
    try:
        print(f(*a, **k))
    except Exception as e:
        print(type(e).__name__ + ':', e)
err(st.mean, [])
err(st.fmean, [])
err(st.median, [])
err(st.mode, [])
err(st.variance, [1])
err(st.stdev, [1])
err(st.pvariance, [])
err(st.pstdev, [])
err(st.quantiles, [1])
err(st.quantiles, [1, 2], n=0)
err(st.quantiles, [1, 2], method='x')
err(st.harmonic_mean, [1, -2])
err(st.harmonic_mean, [])
err(st.geometric_mean, [1, -1])
err(st.geometric_mean, [])
err(st.correlation, [1, 2], [1])
err(st.correlation, [1, 1, 1], [1, 2, 3])
err(st.covariance, [1], [1])
err(st.linear_regression, [1, 1], [1, 2])
err(st.mean, ['a', 'b'])
err(st.fmean, [1, 2], weights=[1])
print(issubclass(StatisticsError, ValueError))
