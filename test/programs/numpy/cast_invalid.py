# Float to integer casts of NaN, infinities and out-of-range values: the values x86-64's conversions give
# (int8..int32 through int32, uint32/int64 through int64, uint64 with its 2**63 split) and NumPy's
# "invalid value encountered in cast" RuntimeWarning, once per cast, following np.errstate.
import warnings
import numpy as np

vals = [np.nan, np.inf, -np.inf, 300.0, -1.0, -3.7, 1e10, 1e20, -1e20, 3e9, 5e9, 1e19, -2147483649.0, 2.0**63, 2.0**64]
# one element at a time: NumPy's SIMD loops for longer arrays give other values for invalid uint32 casts
for dt in ['i1', 'u1', 'i2', 'u2', 'i4', 'u4', 'i8', 'u8', 'bool']:
    for v in vals:
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter('always')
            r = np.array([v]).astype(dt)
            r32 = np.array([v], dtype=np.float32).astype(dt)
        print(dt, v, r, r32, len(w))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(np.array([np.nan]).astype(int).astype(float), np.array([1.5, 2.5]).astype(int))
    a = np.zeros(2, dtype=np.int32)
    a[:] = np.array([np.inf, 1.0])
    print(a, [(x.category.__name__, str(x.message)) for x in w])
with np.errstate(invalid='ignore'):
    print(np.array([np.nan]).astype(np.int16))
with np.errstate(invalid='raise'):
    try:
        np.array([np.inf]).astype(np.int64)
    except FloatingPointError as e:
        print('FloatingPointError', e)
