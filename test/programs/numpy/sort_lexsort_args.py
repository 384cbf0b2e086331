# np.sort/ndarray.sort argument checks (kind, stable) and np.lexsort with shapes and axis.
import numpy as np

def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: np.sort([3, 1], kind='foo'))
t(lambda: np.arange(3).sort(kind='bar'))
t(lambda: np.sort([1], kind='x', stable=True))
t(lambda: np.sort([1, 2], stable=True, kind='quicksort'))
t(lambda: np.argsort([1, 2], stable=True, kind='quicksort'))
t(lambda: np.sort([1, 2], kind=5))
t(lambda: np.sort([2, 1], kind='Q'))
t(lambda: np.sort([1, 2], kind=''))
t(lambda: np.sort([2, 1], stable=False))
t(lambda: np.argsort([2, 1], kind=None, stable=True))
t(lambda: np.sort([5, 2, 9], kind='heapsort'))
a = np.array([[3, 1, 2], [1, 1, 0]])
b = np.array([[0, 1, 0], [2, 1, 0]])
t(lambda: np.lexsort((b, a)))
t(lambda: np.lexsort((b, a), axis=0))
t(lambda: np.lexsort(([1, 2, 1, 2], [3, 3, 1, 1])))
t(lambda: np.lexsort(np.array([[1, 2, 1], [0, 0, 0]])))
t(lambda: np.lexsort([np.array(['b', 'a', 'c']), [1, 1, 0]]))
t(lambda: np.lexsort([[1, 2]]))
t(lambda: np.lexsort([]))
t(lambda: np.lexsort(5))
t(lambda: np.lexsort([[1, 2], [1, 2, 3]]))
t(lambda: np.lexsort(([1, 2], [1, 2]), axis=1))
surnames = ('Hertz', 'Galilei', 'Hertz')
first = ('Heinrich', 'Galileo', 'Gustav')
print(np.lexsort((first, surnames)))
