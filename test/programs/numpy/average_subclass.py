# np.average of an ndarray subclass or a masked array runs NumPy's generic code through the object's own
# mean / sum / ufunc handling: masked elements stay out, a subclass's mean override is called, and
# returned=True gives the weight sums broadcast to the average's shape.
import numpy as np

m = np.ma.array([1, 2, 3], mask=[0, 0, 1])
print(np.average(m), np.average(m, returned=True))
m2 = np.ma.array([[1, 2], [3, 4]], mask=[[0, 1], [0, 0]])
print(np.average(m2, axis=0), np.average(m2, axis=1, weights=[1, 3]), np.average(m2, weights=[[1, 1], [1, 1]]))
print(np.average(m2, axis=0, weights=[1, 3], returned=True))


class Sub(np.ndarray):
    def mean(self, *args, **kw):
        return 42.0 + len(kw)


print(np.average(np.arange(3).view(Sub)), np.average(np.arange(6).reshape(2, 3).view(Sub), axis=1, keepdims=True))
mat = np.matrix([[1, 2], [3, 4]])
print(np.average(mat, axis=0), np.average(mat, axis=1, weights=[1, 3]), np.average(mat, returned=True))
print(np.average(mat, axis=0, weights=[1, 1], returned=True))
print(np.average(np.arange(6).reshape(2, 3), axis=1, weights=[1, 2, 3], returned=True))
