import numpy as np
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
a = np.array([(1, 2)], dtype='i4,i4')
for f in [lambda: a + 1, lambda: a * a, lambda: a + 1.5, lambda: 2 - a, lambda: np.add(a, np.int8(1))]:
    t(f)
s = np.zeros(2, dtype=[('v', 'f8')]); t(lambda: s.astype(float))
s = np.zeros(2, dtype=[('v', 'f8'), ('w', 'i4')])
for f in [lambda: s.astype(int), lambda: s.astype('U5'), lambda: s.astype(object), lambda: s.astype(bool), lambda: s.astype(float), lambda: s.astype([('a', 'f4'), ('b', 'f4')])]:
    t(f)
