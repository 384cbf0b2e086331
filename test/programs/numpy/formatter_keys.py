# printoptions formatter keys resolve as NumPy's formatdict: a specific key over its kind key over 'all';
# 'str_kind'/'numpystr' format str and bytes elements, 'void' unstructured voids, 'all' objects too, and
# 'int_kind' leaves timedelta64 alone; a key set to None counts as not given.
import numpy as np
arrs = [np.arange(3), np.array([1.5, 2]), np.array([True, False]), np.array(['ab', 'c']), np.array([b'ab']), np.array([1j]), np.array(['2020-01-01'], 'M8[D]'), np.array([1, 2], 'm8[s]'), np.array([None, 1]), np.zeros(2, 'V2'), np.zeros(2, 'i4,f4'), np.zeros(1, [('a', 'i2', (2,))])]
for fm in [{'all': lambda x: 'X'}, {'int_kind': lambda x: 'I'}, {'str_kind': lambda x: 'S'}, {'numpystr': lambda x: 'N'}, {'void': lambda x: 'V'}, {'object': lambda x: 'O'},
           {'all': lambda x: 'X', 'int': lambda x: 'i'}, {'all': lambda x: 'X', 'float_kind': lambda x: 'f'}, {'timedelta': lambda x: 'T'}, {'datetime': lambda x: 'D'}, {'bool': lambda x: 'B', 'int': None}, {'complexfloat': lambda x: 'C'}, {'float': lambda x: 'F', 'float_kind': lambda x: 'K'}]:
    with np.printoptions(formatter=fm):
        print(' '.join(str(a) for a in arrs))
        print(repr(arrs[0]), repr(arrs[3]), repr(arrs[10]))
