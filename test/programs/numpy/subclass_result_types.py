# Which methods and functions give an ndarray subclass instance back (NumPy builds method results with the
# receiver's type and wraps many functions' results) and which give a base-class ndarray.
import copy
import numpy as np


class S(np.ndarray):
    def __array_finalize__(self, obj):
        self.tag = getattr(obj, 'tag', 'fresh')


s = np.arange(6.).reshape(2, 3).view(S)
s.tag = 'orig'
b = np.array([True, False, True])
calls = {
    'repeat': lambda: s.repeat(2), 'argmax': lambda: s.argmax(axis=0), 'diagonal': lambda: s.diagonal(),
    'trace': lambda: s.trace(), 'sum0': lambda: s.sum(axis=0), 'std0': lambda: s.std(axis=0), 'var0': lambda: s.var(axis=0),
    'take': lambda: s.take([0, 1]), 'compress': lambda: s.compress([True, False], axis=0), 'dot': lambda: s.dot(np.ones(3)),
    'searchsorted': lambda: s[0].searchsorted([1.5]), 'copy': lambda: s.copy(), 'flatten': lambda: s.flatten(),
    'copy.copy': lambda: copy.copy(s), 'deepcopy': lambda: copy.deepcopy(s), 'round0': lambda: s.round(), 'round1': lambda: s.round(1),
    'np.round': lambda: np.round(s), 'np.around1': lambda: np.around(s, 1), 'cumsum': lambda: s.cumsum(axis=0), 'np.cumsum': lambda: np.cumsum(s),
    'np.sort': lambda: np.sort(s, axis=0), 'argsort': lambda: s.argsort(), 'tile': lambda: np.tile(s, 2), 'roll': lambda: np.roll(s, 1),
    'insert': lambda: np.insert(s, 0, 1), 'delete': lambda: np.delete(s, 0), 'median': lambda: np.median(s, axis=0),
    'percentile': lambda: np.percentile(s, 50, axis=0), 'unique': lambda: np.unique(s), 'nansum': lambda: np.nansum(s, axis=0),
    'nan_to_num': lambda: np.nan_to_num(s), 'np.std': lambda: np.std(s, axis=1), 'concatenate': lambda: np.concatenate([s, s]),
    'stack': lambda: np.stack([s, s]), 'asarray': lambda: np.asarray(s), 'asanyarray': lambda: np.asanyarray(s),
    'array': lambda: np.array(s), 'array subok': lambda: np.array(s, subok=True), 'np.copy': lambda: np.copy(s),
    'zeros_like': lambda: np.zeros_like(s), 'ones_like subok=False': lambda: np.ones_like(s, subok=False),
    'empty_like': lambda: np.empty_like(s), 'full_like': lambda: np.full_like(s, 7), 'astype': lambda: s.astype(int),
    'astype subok=False': lambda: s.astype(int, subok=False), 'broadcast_to': lambda: np.broadcast_to(s[0], (2, 3)),
    'broadcast_to subok': lambda: np.broadcast_to(s[0], (2, 3), subok=True), '__array__': lambda: s.__array__(),
    'bool index': lambda: s[:, b], 'fancy': lambda: s[[0, 1]], 'where': lambda: np.where(s > 1)[0],
}
for k, f in calls.items():
    r = f()
    print(k, type(r).__name__, getattr(r, 'tag', '-'))
print(repr(np.asarray(s)), np.asarray(s).base is not None, np.shares_memory(np.asarray(s), s))
