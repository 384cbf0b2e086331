# Object arrays with dates, datetime64 and as fields of structured dtypes.
import numpy as np, datetime
d = np.array([datetime.date(2020, 1, 2), datetime.date(2021, 3, 4)])
print(repr(d), d.dtype, d.max(), repr(d[1] - d[0]))
print(repr(np.array([np.datetime64('2020-01-01'), None], dtype=object)))
print(repr(d.astype('datetime64[D]')))
print(repr(np.arange('2020-01-01', '2020-01-03', dtype='datetime64[D]').astype(object)))
s = np.zeros(2, dtype=[('a', object), ('b', int)])
print(repr(s))
s[0] = ('x', 5)
print(repr(s), s['a'])
print(repr(np.asarray(np.array([1, '2'], dtype=object), dtype=float)))
print(np.dtype(object), repr(np.dtype('O')), np.dtype(object).name, np.object_, np.dtype(object).type)
