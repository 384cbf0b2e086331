# genfromtxt strips fields as Python's str.strip() does: a byte-order mark is not whitespace, so a UTF-8
# BOM read without encoding='utf-8-sig' stays in the first name (and dtype texts show names by repr)
import io
import os
import tempfile
import numpy as np

d = tempfile.mkdtemp()
p = os.path.join(d, 'bom.csv')
with open(p, 'wb') as f:
    f.write(b'\xef\xbb\xbfx,y\n3,4\n')
a = np.genfromtxt(p, delimiter=',', names=True)
print(repr(a), a.dtype.names)
print(repr(np.genfromtxt(p, delimiter=',', names=True, encoding='utf-8-sig')))
print(repr(np.genfromtxt(p, delimiter=',', dtype=None, encoding=None)))
print(repr(np.genfromtxt(io.StringIO('a,b\n\x1c1\x1f,2\n'), delimiter=',', names=True, autostrip=True)))
d = np.dtype([("it's", 'i4'), ('a\tb', 'f8'), ('é', 'u1')])
print(d, repr(d), d.descr)
print(np.dtype({'names': ["it's", 'b'], 'formats': ['i4', 'i4'], 'offsets': [0, 8]}))
print(repr(np.zeros(1, d)), repr(np.zeros(1, d)[0]))
