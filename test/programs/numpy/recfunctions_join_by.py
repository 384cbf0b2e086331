# numpy.lib.recfunctions.join_by / rec_join (usemask=False): inner, outer and left-outer joins of
# structured arrays on key fields, postfixes for colliding names, fill values for missing entries
import numpy as np
import numpy.lib.recfunctions as rfn

a = np.array([(1, 'a', 1.5), (2, 'b', 2.5), (4, 'd', 4.5)], dtype=[('k', 'i4'), ('v', 'U1'), ('x', 'f8')])
c = np.array([(1, 3.0, 7), (2, 4.0, 8), (3, 5.0, 9)], dtype=[('k', 'i8'), ('w', 'f8'), ('x', 'i2')])
for jt in ['inner', 'outer', 'leftouter']:
    r = rfn.join_by('k', a, c, jointype=jt, usemask=False)
    print(r)
    print(r.dtype)
print(rfn.join_by('k', a, c, jointype='outer', usemask=False, defaults={'w': -1.0, 'v': '?'}))
print(repr(rfn.rec_join('k', a, c, r1postfix='_a', r2postfix='_c')))
for key, jt in [('k', 'cross'), ('zz', 'inner'), (('k', 'k'), 'inner')]:
    try:
        rfn.join_by(key, a, c, jointype=jt, usemask=False)
    except ValueError as e:
        print(e)
x = np.array([(1, 2), (3, 4), (5, 6)], dtype=[('a', 'i4'), ('b', 'i4')])
y = np.array([(5, 60), (1, 20)], dtype=[('a', 'i4'), ('c', 'i4')])
print(rfn.join_by('a', x, y, usemask=False))
p = np.array([(1, 'x', 10.), (1, 'y', 11.), (2, 'x', 12.)], dtype=[('id', 'i4'), ('tag', 'U1'), ('val', 'f8')])
q = np.array([(1, 'y', 100), (2, 'x', 200), (2, 'z', 300)], dtype=[('id', 'i4'), ('tag', 'U1'), ('n', 'i4')])
print(rfn.join_by(['id', 'tag'], p, q, jointype='outer', usemask=False))
print(rfn.stack_arrays((x, np.array([(7, 8)], dtype=[('a', 'i4'), ('b', 'i2')])), usemask=False, autoconvert=True))
