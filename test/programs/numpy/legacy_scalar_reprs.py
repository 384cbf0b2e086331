# Up to legacy='1.25' NumPy scalars repr as their bare values: str_/bytes_ as str/bytes, datetime64 and
# timedelta64 as numpy.datetime64(...), a record as its fields (floats formatted as in an array), an
# unstructured void as void(...); legacy='2.1' keeps the NumPy 2 reprs.
import numpy as np
for lg in ['1.13', '1.21', '1.25', '2.1', False]:
    np.set_printoptions(legacy=lg)
    print(lg, repr(np.str_('a')), repr(np.bytes_(b'a')), repr(np.datetime64('2020-01')), repr(np.timedelta64(5, 's')), repr(np.timedelta64('NaT')), repr(np.datetime64('NaT')), repr(np.void(b'\x01')) if False else '', repr(np.zeros(1, 'i4,f4')[0]), repr(np.float16(1)), repr(np.True_), repr(np.uint8(2)), repr(np.complex64(1j)))
    print(repr([np.str_('a')]), repr(np.array(['a'])[0]))
v = np.array([(1, 2.5, 3.0)], 'i4,f4,f8')[0]
for lg in [False, '1.25', '2.1', '1.13', '1.21']:
    np.set_printoptions(legacy=lg)
    print(str(v), repr(v), v.tolist(), repr(np.zeros(1, 'V2')[0]), repr(np.rec.array([(1, 2.)])[0]))
