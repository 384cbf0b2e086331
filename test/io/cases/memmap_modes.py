import numpy as np, os, tempfile
d = tempfile.mkdtemp()
fn = os.path.join(d, 'm.dat')
m = np.memmap(fn, dtype='float32', mode='w+', shape=(2,3))
m[:] = np.arange(6).reshape(2,3)
print(m == 3, m < 2, -m, abs(m), m * m, m @ m.T, type(m.T).__name__)
m += 1
print(m, type(m[0]).__name__, m[0, 1], type(m[0,1]).__name__, isinstance(m, np.ndarray), isinstance(m, np.memmap))
del m
print(np.fromfile(fn, dtype='float32'))
r = np.memmap(fn, dtype='float32', mode='r')
print(repr(r), r.filename == os.path.abspath(fn), r.mode, r.offset, r.sum(), np.sum(r), r.mean())
c = np.memmap(fn, dtype='float32', mode='c')
c[0] = 100
c.flush()
print(np.fromfile(fn, dtype='float32')[0], c[0])
try:
    np.memmap(fn, mode='x')
except ValueError as e: print(e)
try:
    np.memmap(os.path.join(d, 'nope'), mode='r')
except FileNotFoundError as e: print(str(e).replace(d, '<tmp>'))
