# AttributeErrors for more names NumPy 2.0 removed, and np.datetime_as_string of a scalar (a np.str_).
import numpy as np

for n in ['format_parser', 'find_common_type', 'deprecate', 'maximum_sctype', 'byte_bounds', 'add_newdoc_ufunc',
          'tracemalloc_domain', 'nbytes', 'compare_chararrays', 'round_', 'mat']:
    try:
        getattr(np, n)
        print(n, 'present')
    except AttributeError as e:
        print(n, '|', e)
s = np.datetime_as_string(np.datetime64('2021-01-01T10:00:05.123'), unit='s')
print(repr(s), type(s).__name__, s)
print(repr(np.datetime_as_string(np.array(['2021-01-01', 'NaT'], dtype='M8[D]'))))
print(repr(np.datetime_as_string(np.datetime64('2021-06-01', 'D'))))
