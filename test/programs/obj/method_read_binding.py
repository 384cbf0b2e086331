# reading a method without calling it: bound Python methods and bound methods of builtin base classes,
# their identity and equality, and an instance attribute shadowing a method of the same name
import random

class Stack(list):
    def top(self):
        return self[-1]

class R(random.Random):
    def pick(self, seq):
        bits = self.getrandbits
        below = self._randbelow
        return seq[below(len(seq))], bits(3) >= 0

class G:
    def __getattr__(self, name):
        return 'getattr:' + name
    def m(self):
        return 'm'

s = Stack([1, 2, 3])
push, top = s.append, s.top
for i in range(3):
    push(i * 10)
print(s, top(), s.top(), type(push).__name__, type(top).__name__)
print(s.top == s.top, s.top is s.top, s.append == s.append, s.append is s.append, s.top.__self__ is s, s.top.__func__ is Stack.top)
r = R(5)
print([r.pick('abcdef') for _ in range(5)], r.getrandbits.__self__ is r, r.pick.__name__)
g = G()
f = g.m
print(f(), g.x, g.m.__name__)
g.m = lambda: 'instance'
print(g.m(), f())
del g.m
print(g.m())
for k in range(3):
    meth = s.top if k % 2 else s.pop
    print(meth())
print(s)
class Slotted:
    __slots__ = ('v',)
    def get(self):
        return self.v
o = Slotted()
o.v = 7
gm = o.get
print(gm(), o.get.__self__ is o)
try:
    o.get = 1
except AttributeError as e:
    print('AttributeError:', e)
for target, name in [(o, 'w'), (o, '__doc__'), (object(), 'x'), (object(), '__doc__')]:
    try:
        setattr(target, name, 1)
    except AttributeError as e:
        print('AttributeError:', e)
