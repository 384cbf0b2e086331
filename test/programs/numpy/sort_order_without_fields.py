import numpy as np
a=np.array([3,1])
for f in [lambda: np.sort(a, order=None), lambda: np.argsort(a, order='x'), lambda: a.sort(order='x'), lambda: a.argsort(order=['x']), lambda: np.partition(a, 0, order='x'), lambda: np.sort(a, kind='bogus'), lambda: np.sort(a, order='x'), lambda: np.sort(np.array([1.5, 0.5]), order='x')]:
  try: print(repr(f()))
  except Exception as e: print(type(e).__name__, e)
s = np.array([(2, 'b'), (1, 'a')], dtype=[('n', 'i4'), ('s', 'U1')])
print(np.sort(s, order='n'), np.argsort(s, order='s'))
s.sort(order='s'); print(s)
