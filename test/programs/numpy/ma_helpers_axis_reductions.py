# numpy.ma helpers (allclose, allequal, alltrue, sometrue, anomalies, masked_singleton, bitwise_xor and
# shifts, diagflat, compress, putmask, ndenumerate, angle, indices, fromfunction, choose) and reductions
# along an axis: nomask stays nomask, a reduction to 0-d gives the scalar or masked
import numpy as np
import numpy.ma as ma
a = ma.array([1., 2., np.inf, 4.], mask=[0, 1, 0, 0]); b = ma.array([1., 5., np.inf, 4.000001])
print(repr(ma.allclose(a, b)), ma.allclose(a, b, masked_equal=False), ma.allclose([1, np.inf], [1, 2]), ma.allclose(a, a * 1.1), ma.allclose([1, 2], [1, 2]))
print(repr(ma.allequal(a, b)), ma.allequal(a, a, fill_value=False), ma.allequal([1, 2], [1, 2]), ma.allequal(a, b.filled(2)))
print(repr(ma.alltrue(ma.array([1, 0], mask=[0, 1]))), repr(ma.sometrue(ma.array([0, 1], mask=[0, 1]))), ma.alltrue(ma.array([[1, 0], [1, 1]]), axis=0))
print(ma.anomalies(ma.array([1., 2, 3], mask=[0, 0, 1])), ma.masked_singleton is ma.masked)
i = ma.array([5, 6, 7], mask=[0, 1, 0]); print(ma.bitwise_xor(i, 3), ma.left_shift(i, 1), ma.right_shift(i, 1))
print(repr(ma.diagflat(ma.array([1, 2], mask=[0, 1]))), ma.compress([1, 0, 1], i))
x = ma.array([1, 2, 3], mask=[0, 1, 0]); ma.putmask(x, [True, True, False], 9); print(repr(x))
for idx, v in ma.ndenumerate(ma.array([[1, 2], [3, 4]], mask=[[0, 1], [0, 0]])):
    print(idx, v)
for idx, v in ma.ndenumerate(ma.array([1, 2], mask=[0, 1]), compressed=False):
    print(idx, v)
print(ma.angle(ma.array([1j, 1], mask=[0, 1])), ma.indices((2, 2)).shape, ma.fromfunction(lambda i, j: i + j, (2, 2)))
print(ma.choose([0, 1, 0], [ma.array([1, 2, 3], mask=[1, 0, 0]), [10, 20, 30]]))
a = ma.array([[1, 0], [1, 1]])
print(repr(a.all(axis=0)), repr(a.any(axis=1)), repr(ma.array([[1, 0], [1, 1]], mask=[[0, 1], [0, 0]]).all(axis=0)), repr(a.all()))
print(repr(a.sum(axis=0)), repr(a.max(axis=1)), repr(ma.array([1., 2.]).mean(axis=0)))
a = ma.array([[1, 0], [1, 1]], mask=[[0,1],[0,0]])
print(repr(a.all(axis=0)), repr(a.any(axis=1)))
b = ma.array([[0, 0], [1, 1]], mask=[[1,1],[0,0]])
print(repr(b.all(axis=1)), repr(b.any(axis=1)))
print(repr(ma.array([1.,2]).sum(axis=0)), repr(ma.array([1.,2], mask=[0,1]).sum(axis=0)), repr(ma.array([1.,2], mask=[1,1]).sum(axis=0)), repr(ma.array([[1.,2]]).mean(axis=(0,1))))
print(repr(ma.array([1., 2, 4], mask=[0, 1, 0]).var(axis=0)), repr(ma.array([3, 1]).max(axis=0)), repr(ma.array([3, 1], mask=[1, 0]).min(axis=0)), repr(ma.array([1., 2]).std(axis=0, ddof=1)))
