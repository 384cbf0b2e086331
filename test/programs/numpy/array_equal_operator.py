# np.array_equal compares with ==: records field by field, str against numbers all unequal.
import numpy as np
v = np.array([(1, 2.5), (2, 3.5)], dtype=[('a', 'i4'), ('b', 'f8')])
w = np.array([(1, 2.5), (2, 9.5)], dtype=[('a', 'i4'), ('b', 'f8')])
print(np.array_equal(v, v), np.array_equal(v, v.copy()), np.array_equal(v, w), np.array_equal(v, w[:1]))
print(np.array_equal(np.array(['a']), np.array([1])), np.array_equal(np.array(['a', 'b']), ['a', 'b']))
print(np.array_equal([1, np.nan], [1, np.nan], equal_nan=True), np.array_equal([1, np.nan], [1, np.nan]))
r = np.array([(np.nan, 1.)], dtype=[('a', 'f8'), ('b', 'f8')])
print(np.array_equal(r, r.copy()), np.array_equiv(v, v[0]))
print(np.array_equiv(v[:1], v[0]), np.array_equiv([1, 2], [[1, 2], [1, 2]]), np.array_equiv([1, 2], [1, 2, 3]), np.array_equiv(['a'], [1]))

# a record scalar is a 0-d view of its item
rec = v[0]
a = np.asarray(rec)
a['a'] = 99
print(v, repr(a), a.shape, np.atleast_1d(v[0]), repr(np.array([v[0], v[1]])))
