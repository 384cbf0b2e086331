# np.copy(a, subok=True) keeps an ndarray subclass (running __array_finalize__); the default gives a base ndarray.
import numpy as np
class I(np.ndarray):
    def __array_finalize__(self, obj):
        print('fin', type(obj).__name__)
        self.info = getattr(obj, 'info', 'none')
x = np.arange(4).reshape(2, 2).view(I)
x.info = 'meta'
for kw in [{}, {'subok': True}, {'subok': False}, {'subok': True, 'order': 'F'}]:
    c = np.copy(x, **kw)
    print(type(c).__name__, getattr(c, 'info', None), c.flags.f_contiguous, np.shares_memory(c, x))
m = np.matrix([[1, 2]])
print(type(np.copy(m)).__name__, type(np.copy(m, subok=True)).__name__, np.copy(m, subok=True))
