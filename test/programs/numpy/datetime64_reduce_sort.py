# datetime64/timedelta64 reductions (NaT propagates; argmin/argmax pick it like NaN), sums and means of
# timedeltas, ptp, diff, cumsum, quantiles, sorting with NaT last, unique, searchsorted
import numpy as np
a = np.array(['2016-01-03', '2016-01-01', 'NaT', '2016-02-01'], dtype='M8[D]')
b = np.array(['2016-01-03', '2016-01-01', '2016-02-01', '2015-12-30'], dtype='M8[D]')
t = b - b[1]
print(repr(b.min()), repr(b.max()), repr(a.min()), repr(a.max()), b.argmin(), b.argmax(), a.argmin(), a.argmax())
print(repr(np.nanmin(a)), repr(np.nanmax(a)), repr(np.ptp(b)), repr(np.max(b.reshape(2, 2), axis=0)), repr(np.min(b.reshape(2, 2), axis=1, keepdims=True)))
print(repr(t.sum()), repr(t.mean()), repr(np.mean(t.reshape(2, 2), axis=0)), repr(np.sum(t, dtype='f8')), repr(np.cumsum(t)), repr(np.array([], 'm8[h]').sum()))
print(repr(np.array([1, 2, 'NaT'], 'm8[h]').sum()), repr(np.array([1, 2, 'NaT'], 'm8[h]').mean()), repr(np.nanmin(np.array([3, 'NaT', 2], 'm8[h]'))))
print(repr(np.diff(b)), repr(np.diff(a)), repr(np.diff(t, 2)))
print(repr(np.median(t)), repr(np.percentile(t, [25, 50, 90])), repr(np.quantile(b, 0.5)), repr(np.percentile(t, 50, method='nearest')))
print(repr(np.sort(a)), repr(np.sort(a)[::-1]), np.argsort(a), np.argsort(a, kind='stable'))
c = np.array(['2016-01-01', 'NaT', '2015-01-01', 'NaT', '2015-01-01', '2014-06-01'] * 3, 'M8[D]')
print(np.argsort(c), np.argsort(c, kind='stable'), repr(np.sort(c)[-7:]))
print(repr(np.unique(a)), np.unique(np.array(['2016-01-01', 'NaT', '2016-01-01', 'NaT'], 'M8[D]'), return_counts=True))
print(np.searchsorted(np.sort(b), np.datetime64('2016-01-02')), np.searchsorted(np.sort(b), np.array(['2016-01-03', '2017-01-01'], 'M8[D]'), side='right'))
s = b.copy(); s.sort(); print(s, repr(np.sort(np.array([3, -1, 2], 'm8[s]'))))
for f in [lambda: b.sum(), lambda: b.mean(), lambda: np.median(b), lambda: np.cumsum(b), lambda: np.prod(t),
          lambda: np.datetime64('2016-01-01') + np.timedelta64(1, 'M'), lambda: np.timedelta64(1, 'Y') + np.datetime64('2016-01-01')]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(repr(np.datetime64('2016-01', 'M') + np.timedelta64(1, 'D')), repr(np.datetime64('2016', 'Y') + np.timedelta64(2, 'M')))
