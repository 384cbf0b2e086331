# np.memmap loads a file in 1 MiB chunks as views reach them and writes back the changed ones
# (src/modules/numpy/memmap.ts): views with negative strides, writes across chunk boundaries, zero-size
# views, 'r' refusing writes, 'c' never writing back, 'w+' and short 'r+' files extended, two maps of one file.
import numpy as np, os, tempfile
d = tempfile.mkdtemp()
fn = os.path.join(d, 'c.dat')
n = 300000  # 2.4 MB: chunks of 1 MiB hold 131072 float64
ref = np.arange(n, dtype=np.float64)
ref.tofile(fn)
m = np.memmap(fn, dtype=np.float64, mode='r+')
print(m.shape, m[131070:131074], m[-3:], m[::-1][:2])
v = m[::-1]
v[100000:200000:3] = -1.0
ref[::-1][100000:200000:3] = -1.0
m[262140:262150] *= 2
ref[262140:262150] *= 2
w = m[200000:100000:-7]
w += 0.5
ref[200000:100000:-7] += 0.5
m2 = m.reshape(3, -1)[:, ::-50000]
m2[1] = 9
ref.reshape(3, -1)[1, ::-50000] = 9
print(m[::-1][99999:100005], m[262139:262151], m2)
print(m[5:5], m[10:5].sum(), m[::-1][:0].shape, m.reshape(3, -1)[:, 7:7].shape)
m.flush()
f = np.memmap(fn, dtype=np.float64, mode='r')
print((f == ref).all(), f[::-1][100000:100010:3], f[262140], np.fromfile(fn)[-2:])
try:
    f[0] = 1
except ValueError as e:
    print(type(e).__name__, e)
try:
    f[::-1][5] = 1
except ValueError as e:
    print(type(e).__name__, e)
c = np.memmap(fn, dtype=np.float64, mode='c')
c[::-2] = 7
c[1000] = -5
c.flush()
print(c[-3:], c[1000], np.fromfile(fn)[-3:], np.fromfile(fn)[1000])
del c
print((np.memmap(fn, dtype=np.float64, mode='r') == ref).all())
# a map made after another's write, and one made before it but not yet read, both see it
early = np.memmap(fn, dtype=np.float64, mode='r', offset=8 * 290000, shape=(4,))
a = np.memmap(fn, dtype=np.float64, mode='r+')
a[250003] = 123.0
a[290001] = 321.0
b = np.memmap(fn, dtype=np.float64, mode='r', offset=8 * 250000, shape=(10,))
print(b[:5], b.offset, early, early.offset)
a.flush()
# 'w+' makes the file at its full size; a short file opened 'r+' grows
g = np.memmap(os.path.join(d, 'new.dat'), dtype=np.int32, mode='w+', shape=(700000,))
g[-1] = 5
g[::-300000] += 1
g.flush()
print(os.path.getsize(os.path.join(d, 'new.dat')), g[-2:], g[:2], np.fromfile(os.path.join(d, 'new.dat'), dtype=np.int32)[::300000])
np.arange(3, dtype=np.int16).tofile(os.path.join(d, 'short.dat'))
s = np.memmap(os.path.join(d, 'short.dat'), dtype=np.int16, mode='r+', shape=(2, 600000))
s[1, -1] = 7
s.flush()
print(os.path.getsize(os.path.join(d, 'short.dat')), s[0, :4], s[1, -2:], np.fromfile(os.path.join(d, 'short.dat'), dtype=np.int16)[[0, 1, 2, 3, -1]])
np.save(os.path.join(d, 'x.npy'), np.arange(400000.0).reshape(2, -1))
x = np.load(os.path.join(d, 'x.npy'), mmap_mode='r+')
x[1, -1] = -2
x.flush()
print(type(x).__name__, x[:, -2:], np.load(os.path.join(d, 'x.npy'))[1, -3:], x.offset)
