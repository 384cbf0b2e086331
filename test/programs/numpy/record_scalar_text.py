# A record scalar (np.void) prints its fields as a 0-d array would (complex as 2.+1.j, bools without
# padding), floats by their scalar str() (float32 6.1, not 6.099999904632568), honouring formatter= and legacy.
import numpy as np
p = np.array([('Bob', 32, 6.1, 1.5, 2+1j, True, b'xy', (1.1, 2.2), np.datetime64('2024-01-01'), None)], dtype=[('name', 'U10'), ('age', 'i4'), ('height', 'f4'), ('h', 'f2'), ('c','c8'), ('ok', '?'), ('b', 'S3'), ('v', 'f8', (2,)), ('d', 'M8[D]'), ('o', 'O')])
print(p[0]); print(repr(p[0])); print(p); print(str(p[0]), p[0].tolist())
q = np.array([(1, (2.5, 3))], dtype=[('a', 'i4'), ('b', [('c', 'f4'), ('d', 'i2')])])
print(q[0], repr(q[0]), q)
z = np.array((True, 1.5), dtype=[('a', '?'), ('b', 'f8')]); print(repr(z), z, z[()], repr(z[()]))
r = np.rec.array([(1, 2.5)], names='x,y'); print(r[0], repr(r[0]))
print(np.array([(1e-5, 1e10, np.nan)], dtype='f8,f4,f8')[0])
with np.printoptions(precision=2):
    print(np.array([(1/3, 2/3)], dtype='f8,f4')[0], np.array([(1/3, 2/3)], dtype='f8,f4'))
with np.printoptions(formatter={'float': '{:.1f}'.format}):
    print(np.array([(1/3, 2/3)], dtype='f8,f4')[0])
with np.printoptions(legacy='1.13'):
    print(np.array([(1/3, 2/3)], dtype='f8,f4')[0])
for rec in np.array([(0.1, 'a'), (0.25, 'bb')], dtype=[('x', 'f4'), ('s', 'U2')]): print(rec)
