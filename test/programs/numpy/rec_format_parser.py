# numpy.rec.format_parser builds a record dtype from formats, names, titles, aligned= and byteorder=
import numpy as np
fp = np.rec.format_parser(['i4', 'f8'], ['x', 'y'], None)
print(fp.dtype, type(fp))
print(np.rec.format_parser('i4,f8', 'a', ['T1', 'T2'], aligned=True).dtype)
print(np.rec.format_parser(['i4', 'f8'], None, None, byteorder='>').dtype)
print(np.rec.format_parser([np.int16, 'U3'], ['p', 'q'], []).dtype)
print(np.rec.format_parser('f8,i4', 'a', None, aligned=True).dtype.itemsize, np.rec.format_parser(['i1', 'i8'], None, None, aligned=True).dtype)
