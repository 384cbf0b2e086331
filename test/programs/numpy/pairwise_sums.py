import numpy as np
# NumPy's pairwise summation decides the last digits of float sums
x = np.arange(1, 100001) ** -1.5
print(repr(x.sum()), repr(x[::3].sum()), repr(x.reshape(100, 1000).sum(axis=1)[:3]))
print(repr(x.reshape(1000, 100).sum(axis=0)[:2]), repr(np.mean(x)), repr(np.float32(0.1) * np.arange(1000, dtype=np.float32).sum()))
print(repr(np.arange(10, dtype=np.float32).cumsum()[-1]), repr((np.arange(100000) % 7).sum()), repr(np.add.reduce(np.ones(1000, dtype=np.int8))))
