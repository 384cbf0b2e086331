# The mutable builtin containers (list, dict, set, bytearray) have __hash__ = None in their type dict,
# as in CPython: hash() still raises the same TypeError, collections.abc.Hashable rejects them (and
# their subclasses), and getattr(type, '__hash__') is None; the immutable ones keep a real __hash__.

import collections.abc

for t in (list, dict, set, bytearray, frozenset, tuple, int, str, bytes):
    own = t.__dict__.get('__hash__', 'inherited')
    print(t.__name__, own is None, getattr(t, '__hash__') is None,
          isinstance(t(), collections.abc.Hashable), issubclass(t, collections.abc.Hashable))
    try:
        print('  hash is an int:', type(hash(t())) is int)
    except TypeError as e:
        print('  TypeError:', e)

class MyList(list):
    pass

class HashableList(list):
    def __hash__(self):
        return 7

for v in (MyList(), HashableList()):
    print(type(v).__name__, type(v).__hash__ is None, isinstance(v, collections.abc.Hashable))
try:
    hash(MyList())
except TypeError as e:
    print('TypeError:', e)

try:
    {[1]: 2}
except TypeError as e:
    print('TypeError:', e)
try:
    {1, 2} | {(1, [2])}
except TypeError as e:
    print('TypeError:', e)
try:
    [1] in {1: 2}
except TypeError as e:
    print('TypeError:', e)
print([1] in [[1]])
