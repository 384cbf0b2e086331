# dtype spellings around records: (np.record, dt), (np.void, dt), a dtype's fields mapping, dtype.type
# of void dtypes, and the recarray class's module (the structured-arrays user guide)
import numpy as np

arr = np.array([(1, 2., 'Hello'), (2, 3., "World")], dtype=[('foo', 'i4'), ('bar', 'f4'), ('baz', 'S10')])
dt = np.dtype((np.record, arr.dtype))
print(dt, repr(dt), dt.type)
recordarr = arr.view(dtype=dt, type=np.recarray)
print(recordarr.foo, type(recordarr), type(recordarr[0]))
arr2 = recordarr.view(recordarr.dtype.fields or recordarr.dtype, np.ndarray)
print(type(arr2), arr2.dtype, arr2.dtype.type)
for spec in [(np.record, [('a', 'i4')]), (np.void, [('a', 'i4')]), (np.void, 'i4'), (np.void, 3)]:
    d = np.dtype(spec)
    print(repr(d), d.type)
titled = np.dtype([(('Title', 'a'), 'i4'), ('b', 'f8')])
print(np.dtype(titled.fields), np.dtype(titled.fields) == titled)
print(np.dtype({'x': ('i4', 4), 'y': ('u1', 0)}))
print(np.recarray, np.recarray.__module__, np.rec.array([(1, 2.)], dtype='i4,f8').__class__)
