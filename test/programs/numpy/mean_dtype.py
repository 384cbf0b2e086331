# np.mean divides into its accumulation dtype (out=sum, casting='unsafe'), so an integer dtype= gives a
# truncated integer mean; np.count_nonzero without an axis gives np.int64
import numpy as np
a = np.arange(-7, 33).reshape(4, 10)
print(repr(np.mean(a, dtype=np.int64)), repr(np.mean(a, axis=1, dtype=np.int64)), repr(np.mean(a, axis=0, dtype=np.int32)))
print(repr(a.mean(dtype=np.int64)), repr(np.mean(a, axis=0, keepdims=True, dtype=np.int64)))
print(repr(np.mean(a.astype(np.float64) / 3, dtype=np.float32)), repr(np.mean(a, dtype=np.float32)))
print(repr(np.mean(np.array([True, False, True]), dtype=np.int8)))
print(repr(np.count_nonzero(a)), repr(np.count_nonzero(a, axis=0)), repr(np.count_nonzero(a, axis=None, keepdims=True)))
print(repr(np.count_nonzero(np.eye(3))), type(np.count_nonzero([0, 1, 2])))
