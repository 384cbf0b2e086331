import numpy as np
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
for f in [lambda: np.searchsorted([1,2,3], 2, sorter=[0,1]), lambda: np.searchsorted([3,1,2], [2, 3], sorter=[1,2,0])]:
    t(f)
for f in [lambda: np.choose([0,1,0], [[1,2],[3,4]]), lambda: np.choose([0,1], [[1,2,3],[4,5]]), lambda: np.choose([[0],[1]], [[1,2,3],[4,5,6]]), lambda: np.choose(np.array(1), [[1,2],[3,4]]), lambda: np.choose(2, [1, 2, 3]), lambda: np.choose(0, [[1, 2]])]:
    t(f)
t(lambda: np.select([np.array([True, False])], [np.array([1, 2])], default=np.array([9, 9, 9])))
t(lambda: np.select([np.array([True, False]), np.array([True, False, True])], [1, 2]))
for shape, wrap in [((5, 3), True), ((5, 3), False), ((3, 5), True), ((2, 2, 2), False)]:
    q = np.zeros(shape, dtype=int); np.fill_diagonal(q, [1, 2], wrap=wrap); print(q)
t(lambda: np.fill_diagonal(np.zeros(3), 1))
t(lambda: np.fill_diagonal(np.zeros((2, 3, 2)), 1))
