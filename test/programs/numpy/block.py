import numpy as np
A = np.eye(2) * 2
B = np.eye(3) * 3
print(np.block([[A, np.zeros((2, 3))], [np.ones((3, 2)), B]]))
print(np.block([1, 2, 3]), np.block([[1, 2], [3, 4]]), np.block([np.arange(3), 10]))
print(np.block([[np.zeros((1, 2))], [np.ones((1, 2))]]).shape)
