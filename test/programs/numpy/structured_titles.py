# structured dtypes with titles: (title, name) keys in the list form and 'titles' in the dict form;
# the title is a second key for the field (indexing, dtype[...], dtype.fields), shown in dtype texts
import numpy as np

d = np.dtype({'names': ['a', 'b'], 'formats': ['i4', 'i4'], 'offsets': [0, 8], 'titles': ['A', None]})
print(d, repr(d), d.descr, d.fields)
d2 = np.dtype({'names': ['a', 'b'], 'formats': ['i4', 'i4'], 'titles': ['A', None]})
print(d2, d2['A'], d2.names)
t = np.dtype([(('Alpha', 'a'), 'i4'), ('b', 'f4')])
print(t, repr(t), t.names, t.fields, t.descr)
z = np.zeros(2, t)
z['Alpha'] = 3
print(z, repr(z), z[0], repr(z[0]), z['a'], z[0]['Alpha'])
print(np.dtype([(('Alpha', 'a'), 'i4')]) == np.dtype([('a', 'i4')]), np.dtype([(('Alpha', 'a'), 'i4')]) == np.dtype([(('Alpha', 'a'), 'i4')]))
for spec in [[(('a', 'a'), 'i4')], [(('b', 'a'), 'i4'), ('b', 'i4')]]:
    try:
        np.dtype(spec)
    except ValueError as e:
        print('ValueError', e)
print(np.dtype([(('Alpha', 'a'), 'i4', (2,))]))
r = np.rec.array([(1, 2.0)], dtype=[(('Alpha', 'a'), 'i4'), ('b', 'f4')])
print(r.Alpha, r.a, r[0].Alpha, repr(r))
r.Alpha = 5
print(r)
# .npy headers and pickles keep the titles
import io, pickle
b = io.BytesIO()
np.save(b, z)
b.seek(0)
y = np.load(b)
print(repr(y), y.dtype == z.dtype, b.getvalue()[10:60])
print(repr(pickle.loads(pickle.dumps(z))))
print(np.lib.format.dtype_to_descr(z.dtype), np.lib.format.descr_to_dtype(np.lib.format.dtype_to_descr(z.dtype)))
