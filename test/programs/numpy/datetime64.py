# datetime64/timedelta64: parsing, units, printing, arithmetic and comparisons with NaT, casts, arange, errors
import numpy as np
d = np.datetime64('2016-07-04'); t = np.timedelta64(1)
print(repr(t), str(t), repr(d - t), (d - t).dtype, repr(d - d), str(d - d), repr(np.timedelta64(3, 'h')), str(np.timedelta64(3, 'h')), str(np.timedelta64(1, 'D')))
a = np.arange('2016-07', '2016-08', dtype='datetime64[D]')
print(repr(a[:3]), a.dtype, a.dtype.name, a.dtype.str, a.dtype.char, a.dtype.num, a.dtype.kind, a.itemsize, repr(a.dtype), type(a[0]))
print(repr(a[3:6] - a[0]), a[3:6] - a[0])
print(np.datetime64('2016-07'), repr(np.datetime64('2016-07')), repr(np.datetime64('2016')), repr(np.datetime64('2016-07-04T12:30')), np.datetime64('NaT'), repr(np.datetime64('NaT')))
print(repr(np.datetime64('2016-07') + 1), repr(np.datetime64('2016-07-04') + np.timedelta64(5, 'h')))
print(np.array(['2016-01-01', '2017-05-03'], dtype='M8[D]'), np.array(['2016-01-01', 'NaT'], dtype='M8[D]') + np.timedelta64(1, 'D'))
print(repr(np.timedelta64(2, 'D') / np.timedelta64(1, 'h')), repr(np.timedelta64(5, 'D') // 2), np.datetime64('2016-07-04') < np.datetime64('2016-07-05'))
print(a[0].astype(int), a.astype('M8[M]')[:3], repr(a[:2].astype('M8[s]')), a[:2].astype(str), a[:2].astype(str).dtype)
print(np.datetime64(10, 'D'))
print(repr(np.timedelta64('NaT')), str(np.timedelta64('NaT')), repr(np.timedelta64('NaT', 'D')), repr(np.datetime64('NaT', 'D')))
print(repr(np.datetime64('2016-07-04T05:06:07')), repr(np.datetime64('2016-07-04T05:06:07.123')), repr(np.datetime64('2016-07-04', 's')), repr(np.datetime64('2016-07-04', 'h')), repr(np.datetime64('2016-07-04', 'W')), repr(np.datetime64(7, 'W')))
print(repr(np.timedelta64(1, 'W')), str(np.timedelta64(1, 'W')), str(np.timedelta64(2, 'm')), str(np.timedelta64(2, 's')), str(np.timedelta64(2, 'ms')), str(np.timedelta64(1, 'Y')), str(np.timedelta64(1, 'M')), str(np.timedelta64(1, 'us')), str(np.timedelta64(1, 'ns')))
b = np.array([1, 2, -3], dtype='m8[h]'); print(b, repr(b), repr(np.array(['2016-01-01T10', 'NaT'], dtype='M8[h]')), repr(np.array([1, 'NaT'], dtype='m8[D]')))
print(np.datetime64('2016-07-04') - np.datetime64('2016-07-01T10'), np.datetime64('2016-07') - np.datetime64('2016-06-01'))
print(np.datetime64('2016-07-04') == np.datetime64('2016-07-04T00'), np.datetime64('NaT') == np.datetime64('NaT'), np.datetime64('NaT') != np.datetime64('NaT'))
print(repr(np.arange('2016-07-01', '2016-07-10', 3, dtype='datetime64[D]')), repr(np.arange(np.datetime64('2016-07-01'), np.datetime64('2016-07-04'))))
print(repr(np.datetime64('2016-07-04') + np.arange(3)))
print(repr(np.timedelta64(3, 'D') * 2), repr(np.timedelta64(3, 'D') * 1.5), repr(np.timedelta64(3, 'D') / 2), repr(-np.timedelta64(3, 'D')), repr(abs(np.timedelta64(-3, 'D'))))
print(np.array([-1, -25, 25], 'm8[h]').astype('m8[D]'), np.array([-1, -25], 'M8[h]').astype('M8[D]'))
print(repr(np.datetime64('2016-07-04T05:06:07.1234')), repr(np.datetime64('2016-07-04 05:06')), repr(np.datetime64('2016-07-04T05:06:07.123456789')))
for s in ['2016-7-4', '2016/07/04', 'x', '2016-02-30', '2016-07-04T25', '', '2016-13-01']:
    try:
        print(repr(np.datetime64(s)))
    except Exception as e:
        print(type(e).__name__, e)
for f in [lambda: np.datetime64('2016-07-04') + np.datetime64('2016-07-04'), lambda: np.datetime64(3), lambda: np.sqrt(np.timedelta64(1, 'D')),
          lambda: np.datetime64('2016-01-01') * 2, lambda: np.timedelta64(1, 'D') - np.datetime64('2016-01-01'), lambda: np.timedelta64(1, 'Y') + np.timedelta64(1, 'D'),
          lambda: np.promote_types('M8[D]', 'i8'), lambda: np.promote_types('m8[D]', 'f8')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(np.datetime64('2016-07-04') - np.datetime64('2016'))
print(np.datetime64('2016-07-04').astype('datetime64[M]'), np.datetime64('1969-12-31T23:59:59.500', 'ms').astype('M8[D]'), np.datetime64('-0001-01-01'), np.datetime64('10000-01-01'))
print(np.dtype('datetime64'), repr(np.dtype('M8')), np.dtype('timedelta64[ms]'), np.datetime64, np.timedelta64, np.datetime64.__mro__, np.timedelta64.__mro__)
print(np.dtype('M8[D]') == np.dtype('M8[h]'), np.dtype('M8[D]').type, np.dtype('m8[h]').type)
print(np.can_cast('i8', 'm8[D]'), np.can_cast('i8', 'M8[D]'), np.can_cast('m8[D]', 'i8'), np.can_cast('M8[D]', 'i8'), np.can_cast('b', 'm8[D]'), np.can_cast('f8', 'm8[D]'), np.can_cast('u8', 'm8[D]'), np.can_cast('M8[D]', 'M8[h]'), np.can_cast('M8[h]', 'M8[D]'), np.can_cast('M8[W]', 'M8[D]'), np.can_cast('M8[D]', 'M8[W]'), np.can_cast('M8[M]', 'M8[D]'))
print(np.promote_types('m8[D]', 'i8'), np.promote_types('M8[D]', 'M8[h]'), np.promote_types('m8[Y]', 'm8[M]'), np.promote_types('M8[D]', 'm8[D]'))
print(np.isnat(np.array(['2016-01-01', 'NaT'], dtype='M8[D]')), np.isnat(np.timedelta64('NaT')))
c = np.array(['2016-01-03', '2016-01-01', '2016-02-01'], dtype='M8[D]')
print(np.maximum(c, np.datetime64('2016-01-02')), c > np.datetime64('2016-01-02'), c == c[0])
print(c - np.timedelta64(2, 'W'), (c - c[1]) / np.timedelta64(1, 'D'), (c - c[1]) // np.timedelta64(1, 'W'), (c - c[1]) % np.timedelta64(7, 'D'))
print(np.array([np.datetime64('2016-01-01'), np.datetime64('2016-01-02')]), np.array([np.timedelta64(1, 'D'), np.timedelta64(3, 'h')]))
print(np.arange(np.datetime64('2016-01-01T00'), np.datetime64('2016-01-01T05'), np.timedelta64(2, 'h')))
print(np.arange(np.timedelta64(0, 'h'), np.timedelta64(5, 'h'), 2), np.arange('2016', '2020', dtype='M8[Y]'))
try:
    np.datetime64('2016-07-04') > '2016-07-01'
except TypeError as e:
    print(e)
