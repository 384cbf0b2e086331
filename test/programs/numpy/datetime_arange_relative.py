# np.arange over dates: a stop that is an integer or a timedelta counts from the start; start alone is an error
import numpy as np

for f in [lambda: np.arange('2002-10-27', 3, dtype='M8[D]'),
          lambda: np.arange(np.datetime64('2020-01-01'), 3),
          lambda: np.arange(2, 5, dtype='M8[D]'),
          lambda: np.arange(np.datetime64('2020-01-01'), np.timedelta64(3, 'D')),
          lambda: np.arange(np.datetime64('2020-01-01'), np.timedelta64(3, 'h')),
          lambda: np.arange('2020-01-01', np.datetime64('2020-01-03')),
          lambda: np.arange(5, dtype='M8[D]'),
          lambda: np.arange(np.datetime64('2020-01-01', 'D'), 3, dtype='M8[h]'),
          lambda: np.arange('2020-01-01', 'NaT', dtype='M8[D]'),
          lambda: np.arange(np.timedelta64(1, 'D'), 3),
          lambda: np.arange(3, dtype='m8[s]'),
          lambda: np.arange(np.timedelta64(1, 'D'), np.timedelta64(3, 'D')),
          lambda: np.datetime_as_string(np.arange('2002-10-27T04:30', 4 * 60, 60, dtype='M8[m]')),
          lambda: np.datetime_as_string(np.arange('2002-10-27T04:30', 4 * 60, 60, dtype='M8[m]'), timezone='UTC')]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
