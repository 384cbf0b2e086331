import numpy as np
c = np.array([True, False])
for f in [lambda: np.convolve([1,2],[1], mode='Full'), lambda: np.where(c, 1, 'a'), lambda: np.where(c, np.int64(1), 'a'), lambda: np.where(c, np.array([1,2]), 'a'), lambda: np.where(c, 1.5, 'a'), lambda: np.where(c, 'a', b'b'), lambda: np.where(c, True, 'x'), lambda: np.where(c, None, 'x'), lambda: np.select([c], [1], 'a'), lambda: np.where(c, [1, 2], ['a', 'b']), lambda: np.where(c, 'a', 2), lambda: np.where(c, 1j, 'a')]:
  try: print(repr(f()))
  except Exception as e: print(type(e).__name__, e)
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
for m in ['nope', 'Full', 'f', 'v', 0, 1, 2, 'same', 'valid', 'full', 'xyz']:
    t(lambda: np.convolve([1, 2, 3], [0, 1, 0.5], mode=m))
    t(lambda: np.correlate([1, 2, 3], [0, 1, 0.5], mode=m))
t(lambda: np.convolve([[1]], [1]))
t(lambda: np.correlate([1, 2], [[1, 2]]))
t(lambda: np.convolve(3, 2))
t(lambda: np.bincount([1, 2], minlength=-1))
t(lambda: np.bincount(np.array([1, 2], dtype=np.uint8), minlength=-1))
t(lambda: np.bincount([1], minlength=None))
t(lambda: np.bincount([1], minlength=3))
t(lambda: np.where(np.array([True, False]), 'longer-text-here', False))
t(lambda: np.where(np.array([True, False]), np.array([b'x']), True))
t(lambda: np.correlate([1, 2], np.array([[1, 2]])))
