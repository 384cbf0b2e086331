# Casting a plain array to a structured dtype puts the value in every field (sub-array fields broadcast).
import numpy as np
print(np.arange(3).astype([('q', 'i8')]))
print(np.arange(3).astype([('a', 'i8'), ('b', 'f4')]))
print(np.array([1.5, 2.5]).astype('i4,f8'))
z = np.zeros(2, dtype='i4,f8'); z[:] = 7; print(z)
z[0] = 3.5; print(z)
print(np.array([True, False]).astype([('b', 'i1'), ('c', '?')]))
print(np.arange(2).astype([('v', 'i2', (3,)), ('w', 'U2')]))
print(np.arange(4).reshape(2, 2).astype([('n', [('x', 'f4'), ('y', 'u1')])]))
print(np.array(['ab', 'c']).astype([('s', 'U1'), ('t', 'S3')]))
print(np.array(5).astype('i1,f2'), repr(np.arange(2.5).astype([('f', 'c8')])))
