# np.dtype((flexible, n)) sizes an unsized str/bytes/void type; void fields and sub-arrays show as 'V4'
# in dtype texts (descr keeps '|V4'); dtype.metadata is None
import numpy as np

for spec in [('U', 5), (str, 3), (bytes, 2), ('S', 4), (np.void, 3), ('U5', 2), ('i4', 1), ('i4', ()), ('V4', 2)]:
    print(repr(np.dtype(spec)))
d = np.dtype([('a', 'V4'), ('b', 'S2'), ('c', 'u1'), ('d', 'V2', (2,))])
print(d, repr(d), d.descr)
print(np.dtype('i4').metadata, np.dtype([('a', 'i4')]).metadata)
