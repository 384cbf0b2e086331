# ndarray.byteswap / getfield / setfield / setflags and the np.bitwise_count ufunc
import numpy as np

a = np.array([1, 256, 8755], dtype=np.int16)
print(a.byteswap(), a)
print(repr(a.byteswap().view('>i2')))
b = np.arange(3, dtype=np.float32)
print(b.byteswap())
b.byteswap(inplace=True)
print(repr(b.view(b.dtype.newbyteorder())))
c = np.array([1 + 2j], dtype=np.complex64)
print(repr(c.byteswap().view(c.dtype.newbyteorder())))
s = np.array(['ab'], dtype='U2')
print(repr(s.byteswap().tobytes()))
r = np.array([(1, 2.5)], dtype=[('x', 'i4'), ('y', 'f8')])
print(repr(r.byteswap().tobytes()))
x = np.arange(6, dtype=np.int32).reshape(2, 3)[:, ::2]
print(x.byteswap())
x2 = np.arange(6, dtype=np.uint16)
x2[::2].byteswap(inplace=True)
print(x2)
print(np.array([True, False]).byteswap(), np.array([1, 2], dtype=np.int8).byteswap())
z = np.array([1.0, 2.0, -3.5])
print(z.getfield(np.int32, 4), z.getfield(np.float32))
z.setfield(0, np.int32, 4)
print(z)
y = np.zeros(3, dtype=np.int64)
y.setfield(7, np.int8)
print(y)
for off in (-1, 6, 9):
    try:
        np.zeros(2).getfield(np.int32, off)
    except ValueError as e:
        print('ValueError:', e)
w = np.arange(3)
w.setflags(write=False)
print(w.flags.writeable)
try:
    w[0] = 1
except ValueError as e:
    print('ValueError:', e)
w.setflags(write=True)
w[0] = 9
print(w)
v = w[1:]
w.setflags(write=False)
try:
    v.setflags(write=True)
except ValueError as e:
    print('ValueError:', e)
print(np.bitwise_count(np.array([-1, 127, 7], dtype=np.int8)), np.bitwise_count(True))
print(repr(np.bitwise_count(np.uint64(2**64 - 1))), repr(np.bitwise_count(-5)))
print(repr(np.bitwise_count(np.arange(-3, 4))), np.bitwise_count, np.bitwise_count.nin)
print(repr(np.bitwise_count(np.array([2**62 + 1, -(2**63)], dtype=np.int64))))
print(repr(np.bitwise_count(np.array([0xFFFF, 0x0F0F], dtype=np.uint16))))
