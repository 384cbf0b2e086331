# np.copyto, np.place, np.putmask: in-place writes under a mask (place cycles over the masked
# positions, putmask over all positions)
import numpy as np
a = np.arange(10)
b = a.copy(); print(np.place(b, b > 5, [0, -1]), b)
b = a.copy(); np.putmask(b, b > 5, [100, 200]); print(b)
b = a.copy().reshape(2, 5); np.putmask(b, b % 2 == 0, -b); print(b)
b = np.zeros(4); np.place(b, [True, False, True, True], [1.5, 2.5]); print(b)
try:
    np.place(np.zeros(3), [True, False, False], [])
except ValueError as e:
    print(e)
d = np.zeros((2, 3)); np.copyto(d, [1, 2, 3]); print(d)
d = np.zeros((2, 3), dtype=int); np.copyto(d, 7, where=[[True, False, True], [False, True, False]]); print(d)
d = np.zeros(3); np.copyto(d, np.array([1, 2, 3])); print(d)
for src, kw in [(np.array([1.5, 2.5, 3.5]), {}), (np.array([1.5, 2.5, 3.5]), {'casting': 'unsafe'}), (np.array([-1, 2, 3]), {})]:
    d = np.zeros(3, dtype=np.int64)
    try:
        np.copyto(d, src, **kw)
        print(d)
    except TypeError as e:
        print(e)
try:
    np.copyto(np.zeros((2, 3)), np.ones(2))
except ValueError as e:
    print(e)
print(np.can_cast(np.int8, np.uint8, 'same_kind'), np.can_cast(np.uint8, np.int8, 'same_kind'), np.can_cast('f8', 'f2', 'same_kind'))
