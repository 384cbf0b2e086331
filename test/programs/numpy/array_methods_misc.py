# ndarray methods partition/argpartition/put/choose, np.asarray_chkfinite, np.diag_indices_from,
# np.isfortran, np.little_endian, and can_cast refusing Python scalars (NEP 50).
import numpy as np
a = np.array([7, 2, 9, 1, 5, 3])
a.partition(2)
print(a[:2], sorted(a[:2]), a[2])
b = np.array([[3, 1, 2], [9, 7, 8]])
b.partition(1, axis=1)
print(b[:, 1])
print(np.array([5, 1, 4]).argpartition(0), np.array([[5, 1, 4], [0, 9, 3]]).argpartition(1, axis=1)[:, 1])
c = np.arange(5)
print(c.put([0, 2], [-1, -2]), c)
c.put([10], 99, mode='clip'); print(c)
try:
    c.put([10], 1)
except IndexError as e:
    print(type(e).__name__, e)
print(np.array([0, 1, 2, 1]).choose([[1, 2, 3, 4], [10, 20, 30, 40], [100, 200, 300, 400]]))
print(np.array([0, 3]).choose([[1, 2], [3, 4]], mode='clip'), np.array([0, 3]).choose([[1, 2], [3, 4]], mode='wrap'))
try:
    np.array([0, 3]).choose([[1, 2], [3, 4]])
except ValueError as e:
    print(type(e).__name__, e)
r = np.arange(4.0).reshape(2, 2)
try:
    r.T.partition(0)
except Exception as e:
    print(type(e).__name__, e)
print(r)
print(np.asarray_chkfinite([1, 2]), np.asarray_chkfinite([1.5, 2], dtype=np.float32), np.asarray_chkfinite(np.arange(3)).dtype)
for bad in ([1, np.nan], [np.inf], [1 + 1j, complex(np.nan, 0)]):
    try:
        np.asarray_chkfinite(bad)
    except ValueError as e:
        print(type(e).__name__, e)
a = np.arange(16).reshape(4, 4)
print(np.diag_indices_from(a), a[np.diag_indices_from(a)], np.diag_indices_from(np.zeros((2, 2, 2)))[2])
for bad in (np.zeros(3), np.zeros((2, 3))):
    try:
        np.diag_indices_from(bad)
    except ValueError as e:
        print(type(e).__name__, e)
print(np.isfortran(np.zeros((2, 3), order='F')), np.isfortran(np.zeros((2, 3))), np.isfortran(np.zeros(3, order='F')), np.isfortran(a.T), np.little_endian)
for v in [1.0, 1, 1j]:
    try:
        np.can_cast(v, np.int8)
    except TypeError as e:
        print(type(e).__name__, e)
for v in [True, np.float64(1.5), np.int8(3), np.array([1.0])]:
    try:
        print(np.can_cast(v, np.int8), np.can_cast(v, np.float64))
    except TypeError as e:
        print(type(e).__name__, e)
