# float() and int() of a 0-d str or bytes array parse the item as Python's float() and int() do
import numpy as np

def t(f):
    try:
        print('OK', repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

t(lambda: float(np.array('1.5')))
t(lambda: int(np.array('7')))
t(lambda: int(np.array('1.5')))
t(lambda: float(np.array(b'2.5')))
t(lambda: float(np.array('abc')))
t(lambda: int(np.array('0x10')))
t(lambda: float(np.array(' inf ')))
t(lambda: int(np.array([b' 12 '])))
