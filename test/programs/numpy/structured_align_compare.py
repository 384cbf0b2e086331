# structured dtypes: aligned reprs, the fields-dict form, duplicate names, missing fields, comparisons with np.void; finfo reprs
import numpy as np
for spec in [[('a', 'i8'), ('b', 'f4')], [('a', 'i1'), ('b', 'f8'), ('c', 'i2')], [('a', 'f4'), ('b', 'i1')], [('a', 'c16'), ('b', 'U3'), ('c', [('x', 'i2'), ('y', 'f8')])]]:
    d = np.dtype(spec, align=True)
    print(repr(d), str(d), d.itemsize, d.isalignedstruct, d.descr)
    print(repr(np.zeros(1, d)))
d = np.dtype({'names': ['a', 'b'], 'formats': ['i4', 'f4'], 'offsets': [0, 8], 'itemsize': 12}, align=True)
print(repr(d), str(d))
d = np.dtype({'names': ['a', 'b'], 'formats': ['i4', 'f4'], 'offsets': [0, 8], 'itemsize': 12})
print(repr(d), str(d))
print(repr(np.dtype({'col1': ('i1', 0), 'col2': ('f4', 1)})))
print(repr(np.dtype({'col2': ('f4', 4), 'col1': ('U2', 8), 'c0': ('i2', 0)})))
for f in [lambda: np.dtype([('a', 'i4'), ('a', 'f4')]), lambda: np.dtype({'names': ['a', 'a'], 'formats': ['i4', 'f4']}), lambda: np.zeros(2, 'i4,f4')['x'], lambda: np.dtype('i4,f4')['x'], lambda: np.dtype('i4')['x']]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
b = np.zeros(3, dtype=[('x', 'f4'), ('y', 'f4')]); b[0] = (1, 2); b[2] = (1, 2)
for f in [lambda: b == b[0], lambda: b != b[0], lambda: b[0] == b[2], lambda: b[0] != b[1], lambda: b == 1, lambda: b == (1, 2), lambda: b[0] == (1, 2), lambda: b == None, lambda: b == np.zeros(3, dtype=[('x', 'f8'), ('y', 'f4')])]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
for t in [np.float16, np.float32, np.float64, np.complex64, np.complex128]:
    print(repr(np.finfo(t)))
a = np.zeros(2, dtype=[('x', 'f4'), ('y', 'f4')])
a[1] = (1, 2)
for d in [[('x', 'i8'), ('y', 'f4')], [('y', 'f4'), ('x', 'f4')], [('x', 'f4')], [('a', 'f4'), ('b', 'f4')]]:
    try:
        print(repr(a == np.ones(2, dtype=d)), repr(a != np.zeros(2, dtype=d)))
    except Exception as e:
        print(type(e).__name__, e)
s = np.zeros(2, dtype=[('p', 'i4', (2,)), ('q', [('r', 'f8')])])
s[0] = ([1, 2], (3.0,))
t = np.zeros(1, dtype=[('p', 'i8', (2,)), ('q', [('r', 'f4')])])
t[0] = ([1, 2], (3.0,))
print(repr(s == t), repr(s[0] == t[0]), repr(s == s[0]))
