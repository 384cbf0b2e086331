# structured arrays: sub-array fields stay arrays in tolist()/item(), records format like str, dtype strings
# with a shape in front, hasobject of fields, and NumPy's errors for a record's missing field
import numpy as np
dt = np.dtype([('id', 'i4'), ('pos', 'f8', (2,)), ('tag', 'S4')])
a = np.zeros(2, dtype=dt)
a[0] = (9, (1, 2), 'z')
print(a[0], a.tolist(), a[0].item(), a[1].tolist())
s = np.array([('bob', 30)], dtype=[('name', 'U5'), ('age', 'i4')])
print(f"{s[0]}|{s[0]:>12}|", '%s' % s[0], s[0].item(), type(s[0].item()).__name__)
print(np.dtype('3i4'), np.dtype('(2,3)f4'), repr(np.dtype('(2,3)f4')), np.dtype('i4, (2,3)f8, S3'))
print(np.zeros(2, dtype=[('p', '2f4'), ('q', 'u1')]))
print(np.dtype([('a', 'O')]).hasobject, np.dtype([('a', 'i4'), ('b', [('c', 'O')])]).hasobject, np.dtype('i4,f8').hasobject)
r = s[0]
for k in ['zz', 5, 1.5]:
    try:
        r[k]
    except Exception as e:
        print(type(e).__name__, e)
try:
    r['zz'] = 1
except Exception as e:
    print(type(e).__name__, e)
print(r[-1], r[0])
