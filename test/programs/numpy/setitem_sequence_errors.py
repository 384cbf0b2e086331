# Assigning a sequence where it does not fit: one element of a bool/int/float array raises "setting an
# array element with a sequence." caused by the scalar conversion's own error; a ragged value into a view
# reads as too deep when its raggedness lies at or past the view's dimensions; the traceback marks the
# item assignment and prints the cause first.
import traceback
import numpy as np

for dt in ['?', 'i8', 'u1', 'f8', 'f4', 'c16', 'U3', 'O']:
    a = np.zeros(3, dt)
    for v in [[1.0], [1, 2], np.array([1]), np.array([1, 2]), (1,), [[1]], np.array([[1]]), []]:
        try:
            a[0] = v
            print(dt, 'ok', repr(a[0]))
        except Exception as e:
            c = e.__cause__
            print(dt, type(e).__name__, e, '|', type(c).__name__ if c else None, c, e.__suppress_context__)

b = np.zeros(3, int)
for v in [[[1, 2], [3]], [[1, 2], [3, 4]], [1, [2, 3]], [np.array([1]), np.array([2, 3])], [np.array(1), [2]], [[[1]]]]:
    try:
        b[1:3] = v
    except ValueError as e:
        print(e)
c = np.zeros((2, 2))
for v in [[[1, 2], [3]], [[[1, 2]], [3, 4]], [1, [2, 3]], [[[1, 2]], [[3, 4]]], [[[1, 2], [3, 4]]]]:
    try:
        c[:] = v
    except ValueError as e:
        print(e)

f = np.zeros(3)
def store():
    f[0] = [1.0, 2]
def ragged():
    b[1:3] = [[1, 2], [3]]
for fn in [store, ragged]:
    try:
        fn()
    except ValueError:
        for line in traceback.format_exc().splitlines():
            print(line.replace(__file__, "FILE"))
