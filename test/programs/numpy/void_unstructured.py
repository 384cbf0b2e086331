# unstructured void dtypes: 'V<n>' strings, their str/repr, and arrays and scalars of raw bytes
import numpy as np
for s in ['V4', 'V', '|V8']:
    d = np.dtype(s)
    print(d, repr(d), d.itemsize, d.kind, d.str, d.name)
print(np.dtype('V4') == np.dtype((np.void, 4)), np.dtype((np.void, 5)), repr(np.dtype(np.void)))
a = np.frombuffer(b"ab\n\x00\xff'cd", dtype='V4')
print(a)
print(repr(a))
print(a[0], repr(a[0]))
print(np.arange(3, dtype=np.int16).view('V2'))
print(repr(np.zeros(2, dtype='V3')))
Z = np.array([[0, 1], [1, 0], [0, 1]])
T = np.ascontiguousarray(Z).view(np.dtype((np.void, Z.dtype.itemsize * Z.shape[1])))
print(T.dtype, T.shape)
_, idx = np.unique(T, return_index=True)
print(Z[idx])
