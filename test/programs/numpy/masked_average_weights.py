# np.ma.average with weights: a masked result, masked where no weight is left
import numpy as np
print(repr(np.ma.average(np.ma.array([[1., 2], [3, 4]]), axis=0, weights=[1, 3])))
print(repr(np.ma.average(np.ma.array([[1., 2], [3, 4]], mask=[[1, 0], [1, 0]]), axis=0, weights=[1, 3])))
print(repr(np.ma.average(np.ma.array([[1., 2], [3, 4]], mask=[[1, 0], [0, 0]]), axis=1)))
print(repr(np.ma.average(np.ma.array([1., 2, 3], mask=[1, 0, 0]), weights=[1, 1, 2])))
print(repr(np.ma.average([[1., 2], [3, 4]], axis=0, weights=[1, 3], returned=True)))
