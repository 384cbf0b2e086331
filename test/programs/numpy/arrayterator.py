import numpy as np
a = np.arange(3 * 4 * 5 * 6).reshape(3, 4, 5, 6)
a_itor = np.lib.Arrayterator(a, 2)
print([b.shape for b in a_itor][:5])
for subarr in np.lib.Arrayterator(np.arange(10).reshape(2, 5), 3):
    print(subarr)
