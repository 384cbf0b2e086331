# a[idx] with long index arrays (the WASM gather takes eight indices per step): negative indices, a bad
# index anywhere in a group of eight or in the tail names the first bad one, 4- and 8-byte elements
import numpy as np
a = np.arange(100.0)
f = np.arange(50, dtype=np.float32)
idx = (np.arange(37) * 7919) % 200 - 100
print(a[idx].sum(), a[idx][:9], f[idx % 100 - 50][-5:], np.arange(60, dtype=np.int32)[idx % 60][10:20])
for bad in [0, 5, 8, 13, 35, 36]:
    j = idx.copy()
    j[bad] = 100 if bad % 2 else -101
    j[bad + 1:] = 1000
    try:
        a[j]
    except IndexError as e:
        print(bad, e)
