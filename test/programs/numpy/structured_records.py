import numpy as np
dt = np.dtype([('name', 'U6'), ('pos', 'f4', (2,)), ('ok', '?')])
a = np.zeros(3, dtype=dt)
a['name'] = ['ann', 'bob', 'cy']
a['pos'][1] = [1.5, -2.0]
a[2]['ok'] = True
print(a)
print(repr(a[1]), a[1]['pos'], a['pos'].shape, dt.names, dt.itemsize)
print(np.sort(a, order='name')[::-1]['name'], a[a['ok']]['name'])
