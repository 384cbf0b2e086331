# format() of an int/float/str subclass instance (np.str_ too) names the subclass in CPython's
# 'Unknown format code' error
import numpy as np
class I(int): pass
class F(float): pass
class S(str): pass
for v, s in [(I(5), 'q'), (F(1.5), 'd'), (True, 'q'), (S('x'), 'd'), (np.str_('hi'), 'f'), (np.bytes_(b'hi'), 'f'), (I(5), '05d'), (F(2.5), '.3f'), (S('ab'), '>4'), (np.str_('x'), '^5'), (np.float64(2.5), 'q'), (np.int64(3), 'q')]:
    try:
        print(repr(format(v, s)))
    except ValueError as e:
        print(e)
