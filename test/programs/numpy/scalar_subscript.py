# indexing NumPy scalars like 0-d arrays: s[()] is the scalar, s[...] a 0-d array, s[None] / s[True]
# 1-d arrays; anything else is IndexError "invalid index to scalar variable."
import numpy as np
s = np.float64(0.5)
print(s[()], s[...], s[np.True_], s[np.array(True)], s[None])
i = np.int32(7)
print(repr(i[()]), repr(i[...]), i[True], i[False], i[None, None])
for bad in (0, slice(None), 'a'):
    try:
        s[bad]
    except IndexError as e:
        print("IndexError", e)
err = abs(np.array(3.0) - np.array(3.5))
print(type(err).__name__, err[err > 0.1])
print(np.str_('abc')[1], np.bytes_(b'xy')[0], np.array([(1, 2.5)], dtype='i4,f8')[0][1])
print(np.datetime64('2020-01-01')[()], repr(np.complex128(1 + 2j)[...]))
# the subscript does not make scalars iterable or usable with `in`
for f in (lambda: list(np.float64(1.5)), lambda: 1 in np.int64(1), lambda: [x for x in np.int8(3)]):
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
