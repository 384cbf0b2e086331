# casts and promotion between structured dtypes: field by field by position, the field counts must
# agree, promote_types/concatenate promote field-wise when the names match
import numpy as np

twofield = np.zeros(2, dtype=[('A', 'i4'), ('B', 'i4')])
onefield = np.zeros(2, dtype=[('A', 'i4')])
for f in [lambda: onefield.__setitem__(slice(None), twofield), lambda: np.copyto(onefield, twofield),
          lambda: twofield.astype([('A', 'i4')])]:
    try:
        f()
    except TypeError as e:
        print('TypeError:', e)
print(onefield)

A = np.dtype([('A', 'i4')]); B = np.dtype([('B', 'i4')]); C = np.dtype([('A', 'i8')])
D = np.dtype([('A', 'f4')]); E = np.dtype([('A', 'U3')]); AB = np.dtype([('A', 'i4'), ('B', 'i4')])
for x, y in [(A, B), (A, C), (C, A), (A, D), (D, A), (A, E), (A, 'V4'), ('V4', A), (A, 'i4'), ('i4', A), (A, 'O'), (AB, A), (A, AB)]:
    print([np.can_cast(x, y, r) for r in ['no', 'equiv', 'safe', 'same_kind', 'unsafe']])

x = np.zeros(2, AB)
np.copyto(x, np.ones(2, [('A', 'i8'), ('B', 'i8')]))
print(x)
a = np.array([(1, [[1, 2], [3, 4]], 'x'), (2, [[5, 6], [7, 8]], 'y')], dtype=[('i', 'i8'), ('m', 'i4', (2, 2)), ('s', 'U2')])
b = a.astype([('I', 'f4'), ('M', 'f8', (2, 2)), ('S', 'S3')])
print(b, b.dtype)
c = np.zeros(2, dtype=[('a', 'u1'), ('b', 'c16', (2, 2)), ('c', 'U5')])
c[:] = a
print(c)
print(np.concatenate([b, b.astype([("I", "f8"), ("M", "i2", (2, 2)), ("S", "S5")])]))
print(np.concatenate([np.zeros(1, [('a', 'i4')]), np.ones(1, [('a', 'f8')])]))
print(np.array([(300,)], dtype=[('x', 'i8')]).astype([('y', 'u1')]))
d = np.array([(1, (2, 3.5))], dtype=[('a', 'i4'), ('n', [('p', 'i8'), ('q', 'f8')])])
print(d.astype([('a', 'f8'), ('n', [('p', 'f4'), ('q', 'i4')])]))


def promote(x, y):
    try:
        print(repr(np.promote_types(x, y)))
    except Exception as e:
        print(type(e).__name__, e)


promote([('A', 'i4')], [('A', 'i4'), ('B', 'i4')])
promote([('A', 'i4')], [('B', 'i4')])
promote([('A', 'i4'), ('B', 'f4')], [('A', 'i8'), ('B', 'i2')])
promote([('A', 'i4')], 'i4')
promote('f8', [('A', 'i4')])
promote('V8', 'V8')
promote('V8', 'V4')
promote(np.dtype([('A', 'i4'), ('B', 'f4')], align=True), [('A', 'i8'), ('B', 'i2')])
promote(np.dtype({'names': ['A'], 'formats': ['i4'], 'itemsize': 8}), [('A', 'i4')])
promote([('A', 'i4')], [('A', 'U3')])
promote([('A', 'i4')], 'V4')
promote([('A', 'i4', (2,))], [('A', 'i8', (2,))])
promote([('A', 'i4', (2,))], [('A', 'i8', (3,))])
promote([('A', [('x', 'i1')])], [('A', [('x', 'f4')])])
promote(np.dtype([('A', 'i1'), ('B', 'c8')], align=True), [('A', 'i1'), ('B', 'i2')])
two = np.zeros(2, dtype=[('A', 'i4'), ('B', 'i4')])
one = np.zeros(2, dtype=[('A', 'i4')])
for f in [lambda: one.__setitem__(0, two[0]), lambda: one.__setitem__(slice(None), two[0]),
          lambda: np.concatenate([one, two])]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
