# dtype('O') as a dtype object (arrays of Python objects are not supported, so none are made here).
import numpy as np

for spec in ['O', object, np.object_, '|O', 'object']:
    d = np.dtype(spec)
    print(repr(d), str(d), d.name, d.itemsize, d.kind, d.char, d.str, d.type, d.num, d.byteorder, d.hasobject, d.descr)
print(np.dtype('O') == object, np.dtype('O') == 'O', np.dtype('O') == np.dtype('i8'), np.object_.__mro__)
print(np.promote_types('O', 'i4'), np.promote_types('S2', 'O'), np.can_cast('i4', 'O'), np.can_cast('O', 'i4'))
print(np.issubdtype(np.dtype('O'), np.object_), np.issubdtype('O', np.number), np.issubdtype('O', np.generic))
print(np.dtype('S3').byteorder, np.dtype('i1').byteorder, np.dtype('U2').byteorder, np.dtype('f8').byteorder)
