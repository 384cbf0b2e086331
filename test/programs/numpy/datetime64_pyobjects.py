# datetime64/timedelta64 and Python's datetime module: item()/tolist() give date, datetime or timedelta
# (ints where those cannot hold the value, None for NaT); dates, datetimes and timedeltas as arguments
import numpy as np
import datetime
b = np.array(['2016-01-03', '2016-01-01', 'NaT'], dtype='M8[D]')
print(repr(b[0].item()), b.tolist(), (b - b[1]).tolist(), repr(np.datetime64('2016-01-01T10:20').item()), repr(np.timedelta64(3, 'D').item()))
print(repr(np.datetime64('10000-01-01').item()), repr(np.datetime64('2016-01-01T10', 'ns').item()), repr(np.datetime64('2016', 'Y').item()), repr(np.datetime64('2016-01-03', 'W').item()))
print(repr(np.timedelta64(3, 'Y').item()), repr(np.timedelta64(3).item()), repr(np.timedelta64(3, 'ns').item()), repr(np.timedelta64(-3, 'h').item()), repr(np.timedelta64(10**17, 'D').item()))
print(repr(np.datetime64('2016-01-01T10:20:30.123456789').astype('M8[us]').item()), str(np.datetime64('2016-01-01T10:00').item()), np.array(['2016-01-01T10:00:00.5'], 'M8[ms]').tolist())
print(repr(np.datetime64(datetime.date(2016, 1, 2))), repr(np.datetime64(datetime.datetime(2016, 1, 2, 3, 4, 5, 6))), repr(np.datetime64(datetime.date(2016, 1, 2), 'h')), repr(np.datetime64(datetime.date(2016, 1, 2), 'Y')))
print(repr(np.timedelta64(datetime.timedelta(days=2))), repr(np.timedelta64(datetime.timedelta(0, 5), 's')), repr(np.timedelta64(datetime.timedelta(days=1, microseconds=5))))
print(np.array([datetime.date(2016, 1, 1), datetime.date(2017, 1, 1)], dtype='M8[D]'), np.array([datetime.datetime(2016, 1, 2, 3, 4)], dtype='M8[s]'), np.array([datetime.timedelta(1)], dtype='m8[h]'))
print(repr(np.array([datetime.date(2016, 1, 1), 'NaT', None], dtype='M8[D]')), repr(np.array([datetime.datetime(2016, 1, 2, 3, 4)], dtype='datetime64')))
print(repr(np.datetime64('2016-01-01') + datetime.timedelta(hours=3)), repr(np.datetime64('2016-01-01') - datetime.date(2015, 1, 1)), repr(datetime.date(2016, 1, 1) + np.timedelta64(3, 'D')))
print(np.datetime64('2016-01-01') == datetime.date(2016, 1, 1), np.datetime64('2016-01-01') < datetime.date(2017, 1, 1), repr(np.datetime64('2016-01-01').astype(object)), repr(np.float64(2).astype(object)))
print(f'{np.datetime64("2016-01-01")}|{np.datetime64("2016-01-01"):>12}|{np.timedelta64(3, "D")}|{np.timedelta64(3, "D"):>8}|')
print(int(np.timedelta64(3, 'ns')), int(np.datetime64('2016-01-01T10', 'ns')))
for f in [lambda: int(np.timedelta64(3, 'D')), lambda: float(np.timedelta64(3, 'D')), lambda: int(np.datetime64('2016-01-01')), lambda: int(np.datetime64('NaT')),
          lambda: np.datetime64(datetime.time(1)), lambda: np.timedelta64(datetime.timedelta(1), 'M')]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
