# np.argsort's default kind is not stable: the order of equal keys is the one NumPy's sort gives
# (x86-simd-sort networks and partitions for 32/64-bit numbers, NumPy's introsort otherwise).
import numpy as np

a = np.array([2, 0, 1, 1, 2, 0])
print(np.argsort(a), a.argsort(), np.argsort(a, kind='stable'))

ties = np.array([3, 1, 2, 1, 3, 1, 2, 2, 1, 3, 1, 1, 2, 3, 1, 2, 2, 1, 1, 3])
for dt in ['int32', 'uint32', 'int64', 'uint64', 'float32', 'float64', 'int8', 'uint16', 'float16', 'complex128', 'bool']:
    print(dt, np.argsort(ties.astype(dt)))

print(np.argsort(np.array([0.0, -0.0, 1.0, np.nan, 0.0, np.nan, -0.0, 1.0, 0.0, -0.0])))
print(np.argsort(np.array([np.inf, 1.0, np.inf, np.inf, 1.0, np.inf, np.inf, 1.0, np.inf])))
print(np.argsort(np.array([2.5, 1.0, 2.5, 1.0] * 6), kind='heapsort'))

m = np.array([[2, 0, 1, 1, 0, 2, 1, 0, 0, 2], [1, 2, 0, 0, 0, 0, 1, 2, 1, 0]] * 5)
print(np.argsort(m, axis=0))
print(np.argsort(m[:, ::2], axis=1))
print(np.argsort(m, axis=None)[:40])

# larger arrays go through the vector partition: checksum the permutations
rng = np.random.default_rng(4)
for n in [100, 257, 1000, 5000]:
    for dt in ['int64', 'float32', 'int16']:
        x = rng.integers(0, 4, n).astype(dt)
        p = np.argsort(x)
        print(n, dt, int((p * np.arange(n)).sum()), (x[p][1:] >= x[p][:-1]).all())

words = np.array(['b', 'a', 'c', 'a', 'b', 'a'] * 4)
print(np.argsort(words))
# the method takes kind= and stable= too
t = np.array([3, 1, 2, 1, 3, 0] * 40)
print(t.argsort(kind='stable')[:24], t.argsort(stable=True)[-6:], t.argsort(kind='mergesort')[100:106])
