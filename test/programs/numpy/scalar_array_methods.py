# NumPy scalars have the ndarray methods: run on a 0-d array, a 0-d result comes back as a scalar
import numpy as np
s = np.float64(2.5)
i = np.int32(-7)
print(repr(s.max()), repr(s.min()), repr(s.mean()), repr(s.prod()), repr(s.std()), repr(s.var()))
print(repr(s.reshape(1)), repr(s.reshape(1, 1)), repr(s.all()), repr(s.any()), repr(s.argmax()), repr(s.argmin()))
print(repr(s.copy()), repr(s.cumsum()), repr(s.flatten()), repr(s.ravel()), repr(s.squeeze()), repr(s.transpose()))
print(repr(s.clip(0, 1)), repr(i.clip(-3, 3)), repr(i.repeat(3)), repr(s.tobytes()), repr(i.view(np.uint32)))
print(repr(i.max()), repr(i.mean()), repr(i.std()), repr(np.bool_(True).any()), repr(np.complex128(1+2j).max()))
print(repr(np.float32(1.5).astype(np.float64).max()), repr(np.float32(3).var()), repr(s.take(0)))
