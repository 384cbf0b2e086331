# obj.__class__ = C: allowed between classes of one layout, refused otherwise; and a __class__ property seen by isinstance
class A:
    def who(self):
        return 'A'
class B(A):
    def who(self):
        return 'B'
class C:
    __slots__ = ()
class E1(Exception): pass
class E2(ValueError): pass
class I(int): pass
class J(int): pass
class L(list): pass
a = A()
print(a.who(), type(a).__name__)
a.__class__ = B
print(a.who(), type(a).__name__, a.__class__.__name__, isinstance(a, B), '__class__' in a.__dict__)
setattr(a, '__class__', A)
print(a.who(), type(a).__name__)
for i in range(3):
    a.__class__ = B if i % 2 == 0 else A
    print(a.who(), end=' ')
print()
e = E1('x')
try:
    e.__class__ = E2
except TypeError as x:
    print("TypeError:", x)
class E3(Exception): pass
e.__class__ = E3
print(type(e).__name__, e.args, isinstance(e, ValueError))
for obj, new in [(a, 5), (a, int), (I(1), J), (a, L), (L(), A), (5, A), (a, E1), (e, A)]:
    try:
        obj.__class__ = new
        print('ok', type(obj).__name__)
    except TypeError as x:
        print('TypeError:', x)
class P:
    @property
    def __class__(self):
        return A
p = P()
print(p.__class__.__name__, type(p).__name__, isinstance(p, A))
