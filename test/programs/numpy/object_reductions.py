# Reductions, sorting and set operations over object arrays.
import numpy as np

x = np.array([1, 2, 3], dtype=object)
print(x.sum(), type(x.sum()).__name__, x.prod(), x.min(), x.max(), repr(x.any()), repr(x.all()), repr(x.argmax()), repr(x.argmin()))
print(repr(np.array(['b', 'a'], dtype=object).sum()), repr(np.add.reduce(np.array(['a', 'b', 'c'], dtype=object))))
print(repr(np.array([0, 'a'], dtype=object).any()), repr(np.array([0, 'a'], dtype=object).all()))
print(repr(np.array([], dtype=object).sum()), repr(np.array([], dtype=object).prod()), repr(x.sum(initial=10)))
print(repr(np.array([True, 2], dtype=object).sum()))
m = np.array([[1, 2], [3, 4]], dtype=object)
print(repr(m.sum(axis=0)), repr(m.sum(axis=1, keepdims=True)), repr(m.prod(axis=None)), repr(np.max(m)), repr(np.min(m, axis=0)))
print(repr(m.any(axis=0)), repr(np.array([[3, 1], [0, 2]], dtype=object).max(axis=1)), repr(np.array([[3, 1], [2, 4]], dtype=object).argmax(axis=0)))
print(repr(np.min(np.array([[3, 1], [2, 4]], dtype=object), axis=1, keepdims=True)))
print(repr(np.cumsum(x)), repr(m.cumsum(axis=0)), repr(np.multiply.accumulate(x)), repr(np.cumprod(m, axis=1)))
print(repr(x.mean()), repr(np.mean(m)), repr(m.mean(axis=0)), repr(np.array([1.5, 2], dtype=object).mean()), repr(np.var(np.array([1, 2], dtype=object))))
print(repr(np.median(np.array([1, 3, 2], dtype=object))))

s = np.array([3, 1, 2], dtype=object)
s.sort()
print(repr(s), repr(np.sort(np.array(['b', 'a'], dtype=object))), repr(np.argsort(np.array([3, 1, 2], dtype=object))))
print(repr(np.unique(np.array([3, 1, 2, 1], dtype=object))))
print(np.unique(np.array(['b', 'a', 'b'], dtype=object), return_counts=True))
print(np.unique(np.array(['b', 'a', 'b'], dtype=object), return_index=True, return_inverse=True))
print(repr(np.setdiff1d(np.array([3, 1, 2], dtype=object), [1])))

for expr in ["np.array([1, 'a'], dtype=object).sum()", "np.array([1, 'a'], dtype=object).max()",
             "np.array([], dtype=object).max()", "np.sort(np.array([1, 'a', None], dtype=object))",
             "np.mean(np.array([1, 'a'], dtype=object))"]:
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)
try:
    np.array([1, 'x'], dtype=object).argsort()
except TypeError as e:
    print('TypeError:', e)

o = np.array([1, 2, 3, 4], dtype=object)
np.add.at(o, [0, 0], 10)
np.negative.at(o, [1])
print(repr(o), repr(np.add.reduceat(o, [0, 2])), repr(np.add.reduceat(np.array(['a', 'b', 'c'], dtype=object), [0, 1])))
print(repr(np.multiply.outer(np.array([1, 'a'], dtype=object), [1, 2])))
