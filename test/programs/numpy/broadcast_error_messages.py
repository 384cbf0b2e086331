# NumPy's messages for shapes that do not fit: np.broadcast (tuple reprs), ufunc out= operands that do not
# broadcast with the inputs or are smaller than the result, broadcast_to of more dimensions, einsum terms
import numpy as np
def attempt(f):
    try:
        f()
        print('ok')
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: np.broadcast(np.ones((2, 3)), np.ones(4)))
attempt(lambda: np.broadcast(np.ones((2, 3)), np.ones(5), np.ones(4)))
for a, b, o in [((2, 1), (1, 3), (2, 2)), ((3,), (3,), (2, 3)), ((2, 3), (3,), (3,)), ((3,), (1,), (4,)), ((2, 3), (3,), (1, 3))]:
    attempt(lambda: np.add(np.ones(a), np.ones(b), out=np.zeros(o)))
for s, t in [((2, 2), (2,)), ((3,), (2,)), ((2, 3), (3, 3))]:
    attempt(lambda: np.broadcast_to(np.ones(s), t))
for s, ops in [('ij,ij->i', [np.ones((2, 3)), np.arange(3)]), ('i,i', [np.ones((2, 3)), np.ones(3)]), ('...ij,j', [np.ones(3), np.ones(3)])]:
    attempt(lambda: np.einsum(s, *ops))
