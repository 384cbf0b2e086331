# `del obj.x` and delattr() call the class's __delattr__ when it defines or inherits one, as
# assignment calls __setattr__; object.__delattr__ (directly or through super()) deletes without
# dispatching again, so an override that delegates cannot recurse. Data descriptors' __delete__,
# property deleters and the errors for missing attributes keep their behaviour.

class Logged:
    def __delattr__(self, name):
        print('Logged.__delattr__', name)
        super().__delattr__(name)

class Child(Logged):
    pass

c = Child()
c.x = 1
del c.x
print(hasattr(c, 'x'))
c.y = 2
delattr(c, 'y')
print(sorted(vars(c)))
try:
    del c.missing
except AttributeError as e:
    print('AttributeError:', e)

class Guard:
    def __delattr__(self, name):
        print('refusing to delete', name)

g = Guard()
g.x = 5
del g.x
print(g.x)
object.__delattr__(g, 'x')
print(hasattr(g, 'x'))

class Desc:
    def __get__(self, obj, owner):
        return 'desc value'
    def __set__(self, obj, value):
        pass
    def __delete__(self, obj):
        print('Desc.__delete__')

class WithDesc:
    d = Desc()
    @property
    def p(self):
        return 1
    @p.deleter
    def p(self):
        print('p deleter')

w = WithDesc()
del w.d
del w.p

class LL(list):
    def __delattr__(self, name):
        print('LL.__delattr__', name)
        super().__delattr__(name)

l = LL([1, 2])
l.tag = 'x'
del l.tag
print(vars(l), l)

class Counting:
    deleted = []
    def __delattr__(self, name):
        Counting.deleted.append(name)
        object.__delattr__(self, name)

k = Counting()
k.a = k.b = 1
del k.a
delattr(k, 'b')
print(Counting.deleted, vars(k))

import dataclasses

@dataclasses.dataclass(frozen=True)
class Point:
    x: int

p = Point(1)
try:
    del p.x
except dataclasses.FrozenInstanceError as e:
    print('FrozenInstanceError:', e)
print(p)
