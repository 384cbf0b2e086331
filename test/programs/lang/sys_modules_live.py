import sys, io, contextlib
m = sys.modules['__main__']
def later():
    return 42
print(m.later(), m.__name__)
print(type(sys.modules).__name__, 'sys' in sys.modules, 'builtins' in sys.modules, '__main__' in sys.modules)
import json
print('json' in sys.modules, sys.modules['json'] is json)
import collections
print(sys.modules['collections'] is collections)
v = vars(m)
print('print' in list(v), 'later' in v, v['later'] is later)
counter = 5
print(m.counter)
m.counter = 6
print(counter)
print(sys.modules['builtins'].len([1, 2]))
del sys.modules['json']
import json as j2
print(j2 is json)
fake = type(sys)('fakemod')
fake.value = 99
sys.modules['fakemod'] = fake
import fakemod
print(fakemod.value, fakemod)
