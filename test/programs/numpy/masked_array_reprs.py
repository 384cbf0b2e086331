# masked array reprs as NumPy writes them: dtype shown when not implied (or all masked, or empty), one-row
# layout for shapes (1, ..., n), the default fill of a narrow type as the wide scalar's repr; mask=False
# gives a full mask; masked_all and fix_invalid
import numpy as np
for dt in [np.uint8, np.complex64, np.float16, np.bool_, 'U3', np.int32, np.int64, np.float64]:
    print(repr(np.ma.array(np.zeros(2, dtype=dt), mask=[0, 1])))
print(repr(np.ma.array([1, 2], dtype=np.int32, mask=[0, 1], fill_value=5)))
print(repr(np.ma.array(np.zeros((1, 1, 3)), mask=np.zeros((1, 1, 3)))))
print(repr(np.ma.array([1.5], mask=[True])), repr(np.ma.array([], dtype=float)), repr(np.ma.array([1, 2], mask=[1, 1])))
print(repr(np.ma.array([[1, 2]], mask=[[1, 1]])), repr(np.ma.array([1, 2], dtype=np.int8)))
print(repr(np.ma.array([[1.5, 2], [3, 4]], mask=[[0, 1], [0, 0]], dtype=np.float32)))
print(repr(np.ma.masked_equal(np.arange(12).reshape(3, 4), 5)))
print(np.ma.array([1, 2], dtype=np.uint8).fill_value.__repr__(), np.ma.array([1, 2], dtype=np.int32).fill_value.__repr__())
print(np.ma.array([1, 2, 3], mask=False).mask, np.ma.array([1, 2, 3]).mask, repr(np.ma.array([1, 2], mask=False)))
print(repr(np.ma.masked_all((2,))), np.ma.fix_invalid(np.array([1, np.nan])), np.ma.fix_invalid(np.array([1, np.nan])).data)
