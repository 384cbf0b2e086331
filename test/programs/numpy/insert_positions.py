# np.insert places values at positions shifted by the insertions sorted before them, broadcasts values
# to the new block, and reports a bad position shifted, against the result's length
import numpy as np
x = np.arange(6)
for obj in [[0, 9], [1, -1], [-9, 1], 9, -9, [7], [4, 1, 4, 0, 6], slice(1, 5, 2), [3, 1, 3]]:
    try:
        print(obj, np.insert(x, obj, -1))
    except IndexError as e:
        print(obj, 'IndexError', e)
print(np.insert(x, [3, 1, 3], [10, 20, 30]))
m = np.arange(12).reshape(3, 4)
print(np.insert(m, [1, 3], -1, axis=1), np.insert(m, [2, 0], [[7], [8], [9]], axis=1), np.insert(m, [2, 0], [5, 6, 7, 8], axis=0))
try:
    np.insert(np.arange(5).reshape(1, 5), [0, 2], 9, axis=0)
except IndexError as e:
    print('IndexError', e)
