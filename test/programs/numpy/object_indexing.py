# Object arrays: indexing, assignment (elements keep lists whole), shape changes, iteration.
import numpy as np

y = np.array([[1, 'ab'], [None, 2.5]], dtype=object)
print(y[0, 1], type(y[0, 1]).__name__, y[1, 0])
print(repr(y[:, 1]), repr(y[[0, 1], [1, 0]]), repr(y[y != None]), repr(y[::-1, ::-1]))
print(repr(y.T), repr(y.reshape(4)), repr(y.ravel()), repr(y.flatten()))
print(y.tolist(), y.item(1), list(y[0]), len(y), 'ab' in y, 3 in y)
for row in y:
    print(row, repr(row))

e = np.empty(3, dtype=object)
e[0] = [1, 2]
e[1] = (3, 4)
e[2] = np.arange(2)
print(repr(e), type(e[1]).__name__)
e[:] = 5
print(repr(e))
b = np.array([1, 'x', [1]], dtype=object)
b[np.array([True, False, True])] = 0
print(repr(b))
b[[1]] = [[5]]
print(repr(b))
b[1:] = ['p', 'q']
print(repr(b))
c = np.empty((2, 2), dtype=object)
c.fill('z')
print(repr(c))

# copies share the objects, not the slots
lst = [1]
orig = np.array([lst, 'k'], dtype=object)
cp = orig.copy()
cp[1] = 'changed'
lst.append(2)
print(repr(orig), repr(cp))

print(repr(np.concatenate([y, y])), repr(np.stack([y[0], y[1]], axis=1)))
print(repr(np.concatenate([np.array(['s'], dtype=object), np.arange(2)])))
print(repr(np.vstack([np.array([1, 'a'], dtype=object), np.array([2, 'b'], dtype=object)])))
print(repr(np.append(b, 'end')), repr(np.insert(b, 1, 7)))
print(repr(np.tile(np.array(['a', 1], dtype=object), 2)), repr(np.repeat(np.array(['a', 1], dtype=object), 2)))
print(repr(np.where(np.array([True, False]), np.array([1, 'a'], dtype=object), None)))
print(np.nonzero(np.array([0, 'a', None, 2], dtype=object)), np.count_nonzero(np.array([0, 1, None, 'a'], dtype=object)))
print(sorted(np.array([3, 1, 2], dtype=object)))

# an Ellipsis in the key gives a 0-d array even when integers pick one element
a = np.arange(6).reshape(2, 3)
print(repr(a[..., 0]), repr(a[1, ..., 2]), repr(a[1, 2, ...]), repr(np.array(5)[...]), repr(np.array(5)[()]))
a[1, 2, ...] = 40
a[..., 0, 1] = 10
print(a)
o = np.array([1, 'x'], dtype=object)
print(repr(o[..., 1]), repr(o[1]))
o[..., 1] = [7]
print(repr(o))
