# recarray.field(name or index[, val]): reads a field as attribute access does, or writes it
import numpy as np

ra = np.rec.array([(1, 2.0, (3, 4)), (5, 6.0, (7, 8))], dtype=[('a', 'i4'), ('b', 'f8'), ('p', [('x', 'i2'), ('y', 'i2')])])
print(repr(ra.field('a')), repr(ra.field(1)), repr(ra.field(-1)))
print(type(ra.field('a')).__name__, type(ra.field('p')).__name__)
print(ra.field('b', [10, 20]), ra)
ra.field(0, 9)
print(ra.a)
for key in ['zz', 7]:
    try:
        ra.field(key)
    except (KeyError, IndexError) as e:
        print(type(e).__name__, e)
