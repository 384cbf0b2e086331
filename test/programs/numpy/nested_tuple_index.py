# a tuple inside an index tuple is a sequence index; a list of non-integers gets NumPy's general index message
import numpy as np
a = np.arange(60).reshape(3, 4, 5)
for f in [lambda: a[(0, 1), (2, 3)], lambda: a[((0, 1), (2, 3))], lambda: a[[0, 1], (2, 3)], lambda: a[(0, 1),], lambda: a[((0, 1),)], lambda: np.arange(5)[[1.0, 2.0]], lambda: np.arange(5)[np.array([1.0])], lambda: np.arange(5)[(1.0, )], lambda: np.arange(5)[[1, 2.0]], lambda: np.arange(6).reshape(2, 3)[1, [0.0]]]:
    try:
        print(f().tolist())
    except Exception as e:
        print(type(e).__name__, e)
b = np.zeros((3, 4), dtype=int)
b[(0, 1), (2, 3)] = 5
b[((2,),)] = 7
print(b.tolist(), np.arange(4)[(1, 3),].tolist())
