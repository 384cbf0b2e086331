# legacy='1.13' shows a 0-d array without fields by its item() (a date, a timedelta, a Python float of
# the float32's value), and puts the dtype of str, bytes and void arrays on its own line
import numpy as np, datetime
with np.printoptions(legacy='1.13'):
    for v in [np.float32(0.1), np.float16(0.1), np.int8(3), np.complex64(1+2j), np.bool_(True), np.str_('a'), np.bytes_(b'x'),
              np.datetime64('2024-01-01'), np.datetime64('2024-01-01T10', 'ns'), np.timedelta64(5, 's'), np.timedelta64(5, 'ns'), np.datetime64('NaT'), np.uint64(5)]:
        a = np.array(v)
        print(repr(a), '|', str(a), '|', np.array2string(a))
    print(repr(np.array(None)), repr(np.array({'a': 1})), str(np.array(datetime.date(2024, 1, 1), dtype=object)))
    print(repr(np.array((1, 2.5), dtype='i4,f4')), str(np.array((1, 2.5), dtype='i4,f4')))
    print(repr(np.array(['a', 'b'])), repr(np.zeros(2, 'V2')), repr(np.array([1.5], dtype=np.float32)))
