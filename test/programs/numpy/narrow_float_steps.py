import numpy as np
np.seterr(all='ignore')
for t in [np.float16, np.float32, np.float64]:
    x = np.array([1, -2, 0, 65504 if t is np.float16 else 1e30], dtype=t)
    print(t.__name__, np.nextafter(x, t(0)), np.nextafter(x, t(np.inf)), np.spacing(x))
print(np.rint(np.array([1.5 + 2.5j, -0.5 - 1.5j], dtype=np.complex64)), np.rint(np.array([2.5 + 0.5j])))
q, r = np.divmod(np.array([7, -7, 7], dtype=np.int16), np.array([2, 2, -2], dtype=np.int16))
print(q, r, np.frexp(np.array([8.0, 0.3], dtype=np.float32)), np.modf(np.array([-2.5, 3.25])))
print(np.array([2**63], dtype=np.uint64) > np.array([-1], dtype=np.int64), np.power(np.array([3, 7], dtype=np.uint32), 20))
