# The repr of a class and of an instance using the default repr is built from the class's __module__
# and __qualname__: classes of the standard library modules show their module, a reassigned __module__
# or __qualname__ shows through, and a function's repr uses its (possibly reassigned) __qualname__.
# Addresses are cut off so the output is stable.

import collections
import dataclasses

def noaddr(s):
    return s.split(' at 0x')[0]

class Plain:
    class Inner:
        pass

print(Plain, Plain.Inner, Plain.__module__)
print(noaddr(repr(Plain())), noaddr(repr(Plain.Inner())))

print(dataclasses.FrozenInstanceError, dataclasses.FrozenInstanceError.__module__)
print(collections.OrderedDict, collections.Counter, collections.deque)
print(dataclasses.Field is not None)

Plain.__module__ = 'elsewhere'
print(Plain, noaddr(repr(Plain())))
Plain.__qualname__ = 'Renamed.Plain'
print(Plain, noaddr(repr(Plain())), Plain.__name__)
Plain.__name__ = 'P2'
print(Plain.__name__, Plain.__qualname__)

T = type('T', (), {'__module__': 'made.by.type'})
print(T, noaddr(repr(T())))

class Meta(type):
    pass

class WithMeta(metaclass=Meta):
    pass

print(Meta, WithMeta, noaddr(repr(WithMeta())))

def f():
    pass

print(noaddr(repr(f)))
f.__qualname__ = 'Outer.f'
print(noaddr(repr(f)), f.__name__, f.__qualname__)
f.__name__ = 'g'
print(noaddr(repr(f)), f.__name__)
try:
    f.__qualname__ = 3
except TypeError as e:
    print('TypeError:', e)

class M:
    def method(self):
        pass

M.method.__qualname__ = 'Other.method'
print(noaddr(repr(M.method)))
print(int, object, type)
