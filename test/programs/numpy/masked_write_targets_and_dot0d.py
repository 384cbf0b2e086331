# Argument errors of np.copyto / np.putmask / np.place (each worded as NumPy words it), diagonal/trace with
# one axis twice, and np.dot with a 0-d operand beside an N-d one (a multiplication).
import numpy as np
for v in [np.float64(1), 1.5, [1], 'a', None, np.int8(1)]:
    for f in [np.copyto, np.putmask, np.place]:
        try:
            f(v, 1, 1) if f is not np.copyto else f(v, 1)
        except Exception as e:
            print(f.__name__, type(e).__name__, e)
a = np.ones((2, 2))
for ax in [(0, 0), (1, 1), (0, -2), (0, 2), (0, 1)]:
    try:
        print(np.diagonal(a, axis1=ax[0], axis2=ax[1]), a.diagonal(0, *ax), np.trace(a, 0, *ax))
    except Exception as e:
        print(type(e).__name__, e)
b = np.arange(6.).reshape(3, 2, 1)
print(np.dot(b, np.ones(())).shape, np.dot(np.ones(()), b).shape, np.dot(np.array(2.), np.array(3.)), repr(np.dot(np.arange(3), np.array(2))), repr(np.dot(3, np.arange(2))), b.dot(2.0).shape)
