import numpy as np
print(repr(np.gradient(np.array([0, 1, 5], dtype='M8[D]'))))
print(repr(np.gradient(np.array([0, 1, -6], dtype='M8[D]'))))
print(repr(np.gradient(np.array([0, 1, 5], dtype='m8[s]'))))
print(repr(np.gradient(np.array([0, 1, 5, 6], dtype='M8[D]'), 2)))
print(repr(np.gradient(np.array([0, 1, 5, 6], dtype='M8[D]'), edge_order=2)))
print(repr(np.timedelta64(5,'D')/2), repr(np.timedelta64(-5,'D')/2.))
print(repr(np.gradient(np.array(['2024-01-01', '2024-01-03', '2024-01-07'], dtype='M8[D]'))))
print(repr(np.gradient(np.array(['2024-01-01T00', '2024-01-01T05', '2024-01-02T00'], dtype='M8[h]'), [0., 1., 3.])))
