# A structured field declared with shape 1 ('x', float, 1) is a (1,) sub-array in NumPy 2
import numpy as np
Z = np.zeros(3, [('position', [('x', float, 1), ('y', float, 1)]), ('color', [('r', float, 1), ('g', float, 1)])])
print(Z)
print(Z.dtype)
print(Z['position']['x'].shape)
print(repr(np.dtype((float, 1))), repr(np.dtype([('a', 'i4', ())])), repr(np.dtype([('a', 'i4', (1,))])))
