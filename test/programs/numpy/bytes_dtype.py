# The fixed-width bytes dtype 'S': dtype objects, creation, widths and casts to and from 'U' and numbers.
import numpy as np

for spec in ['S5', 'S', '|S5', 'S1', np.bytes_, bytes, 'bytes']:
    d = np.dtype(spec)
    print(repr(d), str(d), d.name, d.itemsize, d.kind, d.char, d.str, d.type)
print(np.dtype('S3') == np.dtype('|S3'), np.dtype('S3') == 'S3', np.dtype('S3') == np.dtype('U3'))
print(np.dtype([('a', 'S3'), ('b', 'i4')]), np.dtype([('a', 'S3'), ('b', 'i4')]).descr)
print(np.dtype([('a', 'S3'), ('b', 'i4')], align=True))
print(np.promote_types('S3', 'i4'), np.promote_types('S3', 'U2'), np.promote_types('S3', 'S5'), np.promote_types('S3', 'f8'))
print(np.can_cast('S3', 'U3'), np.can_cast('U3', 'S3'), np.can_cast('i1', 'S4'), np.result_type('S3', 'S5'))
print(np.issubdtype('S2', np.bytes_), np.issubdtype('S2', np.character), np.issubdtype('U2', np.bytes_), np.issubdtype('S2', np.flexible))
print(np.bytes_.__mro__, np.bytes_(b'ab'))

a = np.array([b'abc', b'de'])
print(a, repr(a), a.dtype, a.shape, a.itemsize, a.nbytes)
print(repr(np.array([b'x', b'yz'], dtype='S4')), repr(np.array(['ab', 'c'], dtype='S')))
print(repr(np.zeros(3, dtype='S2')), repr(np.zeros(2, 'S')), repr(np.ones(2, 'S2')), np.empty(2, 'S3').dtype)
print(repr(np.array([], dtype='S')), repr(np.full(3, b'ab')), np.full(2, b'x', dtype='S3').dtype)
print(repr(np.array(b'abc')), np.array(b'abc').shape)
print(np.array([1, 2], dtype='S').dtype, np.array([1.5], dtype='S').dtype, np.array(['ab', b'abc'], dtype='S').dtype)
print(np.array([b'ab', 1]).dtype, np.array([b'ab', 'c']).dtype, np.array([b'ab', b'abc'], dtype='U').dtype)
print(repr(np.array([b'abcdef']).astype('S3')), repr(np.array([b'a\x00b', b'cd\x00'])))

print(repr(a.astype('U')), repr(np.array(['abc', 'de']).astype('S')), repr(a.astype(str)), repr(a.astype(np.bytes_)))
print(repr(np.array([1, 22, -3]).astype('S')), repr(np.array([1.5, 2.0]).astype('S')), repr(np.array([True]).astype('S')))
print(repr(np.array([b'12', b'-3']).astype(int)), repr(np.array([b'1.5', b'2']).astype(float)))
print(repr(np.array([b'10', b' 7']).astype(np.int32)), repr(np.array([b'1e3']).astype('f4')))
for bad in [lambda: np.array([b'\xff']).astype('U'), lambda: np.array(['\xe9']).astype('S'), lambda: np.array(['a\u20ac']).astype('S'), lambda: np.array([b'x']).astype(int), lambda: np.array([b'x']).astype(float)]:
    try:
        bad()
    except (UnicodeError, ValueError) as e:
        print(type(e).__name__, e)
