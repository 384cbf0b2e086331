# np.mean divides the sum by an np.intp count: a complex64 sum divides as complex128 and is cast back
import numpy as np

x = np.array([[1 + 2j, 0, -0.5j], [3, 1j, 2 - 2j], [0.1, 0.2 + 0.3j, 7]], dtype=np.complex64)
for axis in [None, 0, 1]:
    m = x.mean(axis=axis)
    print(repr(m), np.mean(x, axis=axis, keepdims=True).shape)
print(np.average(x, axis=1), x.mean(axis=1, where=[True, False, True]))
print(x.astype(np.complex128).mean(axis=1).astype(np.complex64) == x.mean(axis=1))
print(repr(np.float32([1, 2, 2]).mean()), repr(np.float16([1, 2, 2]).mean()))
