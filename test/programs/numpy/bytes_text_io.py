# Reading and writing 'S' (bytes) arrays as text and as .npy.
import numpy as np, io
print(repr(np.loadtxt(io.StringIO('ab cd\nef g'), dtype='S2')))
print(repr(np.loadtxt(io.StringIO('ab cd\nef g'), dtype='S')))
print(repr(np.loadtxt(io.StringIO('a,1\nbb,2'), delimiter=',', dtype=[('n', 'S3'), ('v', 'i4')])))
print(repr(np.genfromtxt(io.StringIO('ab cd\nef g'), dtype='S2')))
f = io.StringIO(); np.savetxt(f, np.array([b'ab', b'c']), fmt='%s'); print(f.getvalue())
f = io.BytesIO()
np.save(f, np.array([b'ab', b'c\x00d']))
f.seek(0)
print(repr(np.load(f)))
