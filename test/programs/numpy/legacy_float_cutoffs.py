# print modes before NumPy 2.3 (legacy up to '2.2'): float16/float32 scalars switch to scientific at
# float64's 1e16 like the rest, and positional array elements always show their exact whole digits
# (Dragon4 called with min_digits=0), so a float16 11728 stays 11728., not 11730.
import numpy as np

a = np.array([0.1, 11728, 1/3, 2049], dtype=np.float16)
b = np.array([11728, 1478], dtype=np.float16)
for leg in ['1.25', '2.2', False]:
    for fm in ['maxprec', 'unique', 'fixed', 'maxprec_equal']:
        with np.printoptions(legacy=leg, floatmode=fm, precision=3, suppress=True):
            print(leg, fm, a, b)
    with np.printoptions(legacy=leg):
        print(leg, b, np.array([2049, 1000], dtype=np.float16), np.array([1e7 + 1, 1], dtype=np.float32))
        print(str(np.float32(1e7)), repr(np.float32(1e7)), str(np.float16(2048)), repr(np.float16(11728)), str(np.complex64(1e7 + 1j)))
        print(np.array([(np.float16(2048),)], dtype=[('a', 'f2')])[0], np.array([(np.float32(1e7),)], dtype=[('a', 'f4')]))
print(np.format_float_positional(np.float16(11728), min_digits=0), np.format_float_positional(np.float16(11728)))
