# statistics.NormalDist: pdf/cdf/inv_cdf, quantiles, overlap, zscore, from_samples, samples with a
# seed, arithmetic with constants and other NormalDists, equality, repr and errors.
from statistics import NormalDist, StatisticsError
nd = NormalDist(100, 15)
print(nd, nd.mean, nd.median, nd.mode, nd.stdev, nd.variance)
print(nd.pdf(100), nd.pdf(130), nd.cdf(115), nd.cdf(70))
for p in (0.001, 0.025, 0.1, 0.5, 0.9, 0.975, 0.999999):
    print(p, nd.inv_cdf(p), NormalDist().inv_cdf(p))
print(nd.quantiles(), nd.quantiles(10))
print(nd.overlap(NormalDist(110, 10)), NormalDist(0, 1).overlap(NormalDist(0, 1)), nd.zscore(130))
fs = NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5])
print(fs, round(fs.mean, 6), round(fs.stdev, 6))
print(NormalDist(5, 2).samples(4, seed=42))
print(nd + 10, nd - 5, nd * 2, nd / 3, 2 * nd, -nd, nd + NormalDist(1, 2), nd - NormalDist(1, 2))
print(nd == NormalDist(100, 15), nd == NormalDist(100, 16), hash(nd) == hash(NormalDist(100, 15)))
for bad in (lambda: NormalDist(0, -1), lambda: nd.inv_cdf(0), lambda: nd.inv_cdf(1.5), lambda: NormalDist(0, 0).pdf(1), lambda: NormalDist.from_samples([1])):
    try:
        bad()
    except StatisticsError as e:
        print("StatisticsError:", e)
