# json encodes instances of list, tuple and dict subclasses (namedtuples included) as arrays and objects
import json
from collections import namedtuple, OrderedDict, defaultdict, Counter, UserDict
P = namedtuple('P', 'x y')
class T(tuple): pass
class L(list): pass
class D(dict): pass
print(json.dumps([P(1, 2), T((3,)), L([4]), D(a=5), OrderedDict(b=6), defaultdict(int, c=7), Counter('aab')]))
print(json.dumps({'p': P(1, [P(2, 3)])}, indent=1))
try: json.dumps(UserDict(a=1))
except TypeError as e: print(e)
