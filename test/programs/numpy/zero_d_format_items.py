# format() of a 0-d array formats its item: np.str_ and np.bytes_ items, objects and bools too
import numpy as np

print(f'{np.array("ab"):>4}|{np.array(b"ab"):>6}|{np.array(None, dtype=object)!s:>5}|{np.array(1.5, dtype=object):6.2f}')
print(f'{np.array(True):>6}|{np.True_:>6}|{np.bool_(False):d}|{np.array(3.14159):.2f}|{np.array(42):05d}')
print(format(np.array('xyz'), '^7'), format(np.array(2.5, dtype=np.float32), 'e'))
