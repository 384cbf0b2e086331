# datetime_as_string (units, 'auto', UTC, casting), datetime_data, the unit a generic datetime64 array
# takes from its strings, and ISO strings with time zones (converted to UTC, with NumPy's warning)
import warnings
import numpy as np
a = np.array(['2016-01-03T10:20', '2016-01-01T00:00', 'NaT'], dtype='M8[m]')
print(repr(np.datetime_as_string(a)), repr(np.datetime_as_string(a, unit='D')), np.datetime_as_string(a[0], unit='s'), repr(np.datetime_as_string(a, unit='auto')))
for u in ['Y', 'M', 'W', 'D', 'h', 'm', 's', 'ms', 'us', 'ns']:
    x = np.array(['2016-01-03T10:20:30.123456789'], 'M8[ns]').astype('M8[' + u + ']')
    print(u, [f'{r.dtype.str}:{r[0]}' for r in [np.datetime_as_string(x, unit=v, timezone=z) for v in [None, 'auto', 'Y', 'D', 's', 'ns'] for z in ['naive', 'UTC']]])
print(np.datetime_as_string(np.array(['2016-01-03T10:20:30.100', '2016-01-03T00:00:00.000', '2016-02-01', '2016-01-01', '2016-01-03T10'], 'M8[ms]'), unit='auto'))
print(repr(np.datetime_as_string(np.array(['NaT'], 'M8'))), np.datetime_as_string(np.array(['2016-01-03T10'], 'M8[h]'), timezone='UTC'), np.datetime_data(np.dtype('M8[D]')), np.datetime_data('m8'))
print(repr(np.array(['2016-01-01', '2016-01-02T10'], dtype='datetime64')), np.array(['2016-01-01'], 'M8').dtype, np.array(['2016', 'NaT'], 'M8').dtype, np.array([1, 2], 'm8').dtype)
for f in [lambda: np.datetime_as_string(np.array([1, 2])), lambda: np.datetime_as_string(np.array([1, 2], 'M8[D]'), unit='x'), lambda: np.datetime_as_string(np.array([1, 2], 'M8[D]'), timezone='x'),
          lambda: np.datetime_as_string(np.array([1, 2], 'M8[h]'), unit='D', casting='safe'), lambda: np.datetime_data(np.float64), lambda: np.datetime_as_string(['2016-01-01'])]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    for s in ['2016-01-01T10:00Z', '2016-01-01T10:00+0100', '2016-01-01T10+01:30', '2016-01-01T10:00:00.5-05:00', '2016-01-01T10:00:00Z', '2016-01-01T10:00X', '2016-01-01T10:00+1', '2016-01-01Z']:
        try:
            print(repr(np.datetime64(s)))
        except Exception as e:
            print(type(e).__name__, e)
    print(len(w), w[0].category.__name__, w[0].message)
