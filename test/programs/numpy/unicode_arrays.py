import numpy as np
names = np.array(['pear', 'Apple', 'fig', 'kiwi'])
print(names, repr(names), names.dtype, names.itemsize)
print(np.sort(names), names == 'fig', names[names != 'fig'], np.unique(np.array(['b', 'a', 'b'])))
print(repr(np.array(['1.5', '-2', '3e2']).astype(float)), repr(np.arange(3).astype(str)))
print(np.where(np.arange(4) > 1, 'big', 'small'), repr(np.array(['a', 'bb']) + np.array(['x', 'yy'])))
