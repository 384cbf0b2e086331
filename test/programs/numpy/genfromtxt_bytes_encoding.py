# genfromtxt(encoding='bytes', dtype=None) turns text columns back into latin-1 bytes (kept as str when a
# character does not fit), warning with numpy.exceptions.VisibleDeprecationWarning
import numpy as np, io, warnings
warnings.simplefilter('always')
def w(f):
    with warnings.catch_warnings(record=True) as ws:
        try:
            print('OK', repr(f()))
        except Exception as e:
            print(type(e).__name__, e)
    for x in ws:
        print('  W', x.category.__name__, x.category.__module__, str(x.message))
w(lambda: np.genfromtxt(io.StringIO('x,y\n1,2'), delimiter=',', dtype=None, encoding='bytes'))
w(lambda: np.genfromtxt(io.StringIO('a,1,2.5\nbcd,2,3.5'), delimiter=',', dtype=None, encoding='bytes'))
w(lambda: np.genfromtxt(io.StringIO('name,v\nzoë,1'), delimiter=',', dtype=None, names=True, encoding='bytes'))
w(lambda: np.genfromtxt(io.StringIO('name,v\n€,1'), delimiter=',', dtype=None, names=True, encoding='bytes'))
w(lambda: np.genfromtxt(io.StringIO('1,2\n3,4'), delimiter=',', dtype=None, encoding='bytes'))
w(lambda: np.genfromtxt(io.StringIO('x,y\n1,2'), delimiter=',', dtype=None, encoding=None))
print(np.exceptions.VisibleDeprecationWarning.__mro__, np.exceptions.ModuleDeprecationWarning.__mro__, np.exceptions.TooHardError.__mro__)
