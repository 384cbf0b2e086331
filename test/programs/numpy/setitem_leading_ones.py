# assignment drops leading length-1 axes of the value; a basic-index target limits a sequence's depth; boolean masks take 0-d/1-d values; one element takes no sequence
import numpy as np
a = np.ones(3)
for v in [np.array([[1, 2]]), np.array([[[7, 8]]]), [[5, 6]], [[1, 2], [3, 4]], np.array([[1, 2], [3, 4]]), np.array([[9]])]:
    try:
        a[:2] = v
        print(a)
    except ValueError as e:
        print(e)
b = np.zeros((2, 3))
for v in [np.ones((1, 1, 3)), [[[1, 2, 3]]], np.ones((2, 1, 3))]:
    try:
        b[0] = v
        print(b)
    except ValueError as e:
        print(e)
c = np.zeros(4)
c[[0, 2]] = np.array([[1, 2]])
print(c)
try:
    c[[0, 2]] = [[3, 4]]
    print(c)
except ValueError as e:
    print(e)
try:
    c[np.array([True, False, True, False])] = np.array([[5, 6]])
except TypeError as e:
    print(e)
c[np.array([True, False, True, False])] = np.array([5, 6])
print(c)
m = np.zeros((2, 2))
m[m == 0] = np.array([1, 2, 3, 4])
print(m)
for v in [np.array([7]), np.array([[7]]), [7], [[7]], np.array(7)]:
    try:
        c[1] = v
        print(c)
    except ValueError as e:
        print(e)
