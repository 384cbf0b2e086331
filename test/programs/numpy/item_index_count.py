# ndarray.item takes one flat index or one index per dimension (else "incorrect number of indices");
# item((i,)) is item(i) and item(()) is item(); np.resize refuses negative sizes with its own message.
import numpy as np

a = np.arange(12).reshape(3, 4)
for args in [(1, 2, 3), ((1,),), ((1, 2),), (1, 2), ((0, 0, 0),), ((),), (), (-1,), (12,)]:
    try:
        print(args, a.item(*args))
    except Exception as e:
        print(args, type(e).__name__, e)
b = np.arange(3)
for args in [((1,),), ((5,),), (1, 1)]:
    try:
        print(args, b.item(*args))
    except Exception as e:
        print(args, type(e).__name__, e)
for args in [((),), (), (0,)]:
    print(args, np.array(5).item(*args))
for shape in [-1, (2, -1), (0, 3), 5]:
    try:
        print(shape, np.resize(a, shape))
    except ValueError as e:
        print(shape, "ValueError:", e)
