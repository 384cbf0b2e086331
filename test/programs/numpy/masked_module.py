# numpy.ma imported as a module; ufuncs on masked arrays (__array_ufunc__, with domains), np.sum/np.mean
# on a masked array use its methods; ma.where/concatenate/stack/sort/median/average/dot/zeros and the
# ma.<ufunc> functions; arrays with nothing masked print as plain arrays
import numpy as np
import numpy.ma as ma
from numpy.ma import masked_array
x = ma.array([1, 2, 3, 4, 5], mask=[0, 1, 0, 0, 1])
with np.errstate(invalid='ignore', divide='ignore'):
    print(np.sqrt(ma.array([4.0, -1.0, 9.0])), np.log(ma.array([1.0, 0.0, np.e])), np.exp(x))
    print(np.add(x, 10), np.maximum(x, 3), np.divide(ma.array([1.0, 2.0, 3.0]), [0.0, 1.0, 2.0]))
print(ma.log(ma.array([1.0, 0.0, np.e])), ma.sqrt(x), ma.abs(-x), abs(-x), ma.exp(ma.array([0.0, 1.0], mask=[1, 0])))
print(np.mean(x), np.sum(x), np.max(x), np.min(x), np.std(x), np.var(x), np.prod(x), np.argmax(x))
print(np.mean(ma.masked_array([[1, 2], [3, 4]], mask=[[1, 0], [0, 0]]), axis=1), np.sum(x, axis=0))
print(ma.array([1.5, 2.5], mask=[1, 0]).round(), ma.concatenate([x, ma.array([7])]), ma.concatenate([ma.zeros(2), ma.ones(1)]))
print(ma.median(ma.array([1, 5, 3, 100], mask=[0, 0, 0, 1])), ma.sort(ma.array([3, 1, 2], mask=[0, 1, 0])))
print(ma.masked_equal([1, 2, 1], 1).fill_value, ma.masked_values([1.0, 2.0, 1.0], 1.0).fill_value)
print(ma.where(x > 2, x, -x), x[x > 2], ma.zeros(3), ma.ones((2, 2)), ma.arange(4), ma.isMaskedArray(x))
print(ma.array([1, 2, 3], mask=[0, 1, 0]).argsort(), x.anom(), ma.average(x), ma.average(x, weights=[1, 2, 3, 4, 5]))
print(ma.stack([x, x]), ma.vstack([x, x]), ma.column_stack([x, x]), ma.dot(ma.array([1, 2]), ma.array([3, 4])))
print(repr(ma.zeros(3)), repr(ma.ones((2, 2))), repr(ma.array([1.5, 2], mask=[0, 0])))
print(ma.make_mask([0, 1]), ma.mask_or(np.array([0, 1], bool), np.array([1, 0], bool)), x.cumsum(), ma.median(ma.array([[1, 2], [3, 4]], mask=[[1, 0], [0, 0]]), axis=0))
print(masked_array([1, 2], mask=[1, 0]), x.shrink_mask(), ma.array([1, 2]).shrink_mask())
