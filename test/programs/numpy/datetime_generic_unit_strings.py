# strings that do not parse imply no unit; a generic-unit datetime64 then refuses them (busday functions
# convert their dates that way), while a unit found elsewhere reports the parse error
import numpy as np

def t(f):
    try:
        print('OK', repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

t(lambda: np.array('x', dtype='M8'))
t(lambda: np.array(['x'], dtype='M8'))
t(lambda: np.array(['2024-01-01', 'x'], dtype='M8'))
t(lambda: np.array('x', dtype='M8[D]'))
t(lambda: np.array(['', 'NaT', 'nat'], dtype='M8'))
t(lambda: np.busday_count('2024-01-01', '2024-1x'))
t(lambda: np.is_busday('x'))
t(lambda: np.busday_offset('bad', 1))
t(lambda: np.datetime64('x'))
t(lambda: np.array(['x']).astype('M8'))
# the unit argument of the scalar constructors
t(lambda: np.datetime64('2024', 'X'))
t(lambda: np.datetime64('2024', ''))
t(lambda: np.datetime64('2024', 5))
t(lambda: np.datetime64('2024-03', '[D]'))
t(lambda: np.timedelta64(1, 'xx'))
# and of dtype strings
for s in ['M8[X]', 'm8[]', 'datetime64[xx]', 'M8[D', '<M8[Q]']:
    t(lambda: np.dtype(s))
