# np.histogram edges (given arrays keep their dtype, int data gives float edges), bin estimators,
# histogram_bin_edges, histogram2d and histogramdd
import numpy as np
print(np.histogram([1, 2, 1], bins=[0, 1, 2, 3]))
print(np.histogram(np.arange(4), bins=np.arange(5), density=True))
print(np.histogram(np.arange(10), bins=3, range=(0, 6)))
print(np.histogram([1, 2, 3], bins=2, weights=[1, 2, 5]))
print(np.histogram([1, 2, 3], bins=2, weights=[0.5, 1, 2]))
print(np.histogram(np.array([1, 2, 3], dtype=np.float32), bins=2))
data = np.array([1, 2, 2, 3, 3, 3, 4, 4, 5, 10, 11, 2.5, 7, 6.5])
for est in ['auto', 'fd', 'doane', 'scott', 'rice', 'sturges', 'sqrt']:
    print(est, np.histogram_bin_edges(data, bins=est))
print(np.histogram(np.arange(20), bins='auto'))
print(np.histogram_bin_edges([1, 2, 3, 4, 10], bins=3, range=(0, 12)))
h, xe, ye = np.histogram2d([1, 2, 3, 1], [2, 3, 1, 1], bins=2)
print(h, xe, ye)
print(np.histogram2d([0.1, 0.5, 0.9], [0.2, 0.2, 0.8], bins=[2, 3], range=[[0, 1], [0, 1]]))
print(np.histogram2d([0.1, 0.5, 0.9], [0.2, 0.2, 0.8], bins=[0, 0.5, 1], density=True)[0])
h, edges = np.histogramdd(np.array([[0, 0], [1, 1], [1, 0], [2, 2]]), bins=(2, 2))
print(h, edges)
print(np.histogramdd(([1, 2, 3], [3, 2, 1]), bins=2, weights=[1, 2, 3])[0])
