# recfunctions.stack_arrays (usemask=False), rec_append_fields, rec_drop_fields; dtype ordering is safe casting
import numpy as np
import numpy.lib.recfunctions as rfn
a = np.array([(1, 10.), (2, 20.)], dtype=[('A', 'i8'), ('B', 'f8')])
b = np.array([(1, 'x'), (3, 'y')], dtype=[('A', 'i8'), ('C', 'U2')])
c = np.array([(5, 2.5, 'zz')], dtype=[('A', 'i8'), ('B', 'f8'), ('C', 'U3')])
print(rfn.stack_arrays((a, a), usemask=False))
print(repr(rfn.stack_arrays((a, b), usemask=False)))
print(repr(rfn.stack_arrays((a, b), usemask=False, defaults={'B': -1.0, 'C': '?'})))
print(repr(rfn.stack_arrays((b, a, c), usemask=False, autoconvert=True)))
print(repr(rfn.stack_arrays((np.arange(2), np.arange(3)), usemask=False)))
print(repr(rfn.rec_append_fields(a, 'E', [1, 2])))
print(repr(rfn.rec_drop_fields(a, 'A')))
try:
    rfn.stack_arrays((a, np.array([(1, 2)], dtype=[('A', 'i4'), ('B', 'i4')])), usemask=False)
except TypeError as e:
    print(e)
print(np.ma.default_fill_value(np.dtype('f4')), np.ma.default_fill_value(np.dtype('U3')), np.ma.minimum_fill_value(np.dtype('i2')))
print(np.dtype('i4') < np.dtype('i8'), np.dtype('i8') < np.dtype('i8'), np.dtype('i8') <= np.dtype('i8'), np.dtype('f8') > np.dtype('i4'), np.dtype('U3') > 'U2', np.dtype('i8') < 'f8')
print(np.dtype('f4') >= np.dtype('i8'), np.dtype('u1') < np.dtype('i2'), max(np.dtype('i4'), np.dtype('f8')), sorted([np.dtype('f8'), np.dtype('i1'), np.dtype('i4')]))
try:
    np.dtype('i8') < 5
except TypeError as e:
    print('TypeError')
