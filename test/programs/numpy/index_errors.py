# indexing errors name the array's axis (not counting np.newaxis), leave integers out of the
# shape-mismatch list, and check indices even when the result is empty
import numpy as np
a = np.arange(24).reshape(2, 3, 4)
tests = [
    lambda: a[None, -4, [0, -2]],
    lambda: a[..., None, [2, -5, 1]],
    lambda: a[None, [2, 1], ...],
    lambda: a[1:1, [0, 7]],
    lambda: a[2:1:-2, ..., [0, -5, 3, 1]],
    lambda: a[0, [0, 0, 0], [-1, 1]],
    lambda: a[[1, 0], np.array([True, False, True]), 2],
    lambda: a[np.array([True, True]), -1, [-4, 1, 2, 0]],
    lambda: a[..., np.array([True, False, True])],
    lambda: a[1, np.array([True, False])],
    lambda: a[:, :, np.array([True, False, True, True, False])],
    lambda: a[np.ones((2, 2), bool)],
]
for t in tests:
    try:
        print(t())
    except IndexError as e:
        print('IndexError', e)
b = a.copy()
try:
    b[-1, np.array([True, False, True]), []] = 7
except IndexError as e:
    print('IndexError', e)

# a list holding slices, None or Ellipsis becomes an object array, which cannot index
c = np.arange(16).reshape(4, 4)
for key in [[slice(0, 2), slice(0, 2)], [1, None], [Ellipsis], [[slice(None)]]]:
    for setting in (False, True):
        try:
            if setting:
                c[key] = 0
            else:
                c[key]
        except IndexError as e:
            print('IndexError', e)
print(c[tuple([slice(0, 2), slice(1, 3)])])
