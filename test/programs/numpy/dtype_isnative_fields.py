# dtype.isnative of structured dtypes looks through the fields (a sub-array dtype counts as native);
# 'n' and 'N' name intp and uintp
import numpy as np

for spec in [[('a', '>i4')], [('a', [('b', '>f8')])], ('>i2', 3), [('a', '>i2', 3)], [('a', 'i4')], '>i2', '<f8', [('a', '>i4'), ('b', '<i4')]]:
    d = np.dtype(spec)
    print(d, d.isnative, d.byteorder)
print(np.dtype('n'), np.dtype('N'), np.dtype('n').char)
