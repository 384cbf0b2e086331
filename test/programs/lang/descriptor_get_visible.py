# The descriptor protocol methods of the builtin descriptor types are visible attributes, as in
# CPython: property has __get__/__set__/__delete__, functions, classmethod and staticmethod have
# __get__, and calling them explicitly binds or runs the descriptor the way attribute access does.

def func(self=None):
    return ('func', self is not None)

class C:
    def method(self):
        return 'method'
    @property
    def prop(self):
        return 'prop value'
    @prop.setter
    def prop(self, v):
        print('prop set', v)
    @prop.deleter
    def prop(self):
        print('prop deleted')
    @classmethod
    def cm(cls):
        return ('cm', cls.__name__)
    @staticmethod
    def sm():
        return 'sm'

for t in (property, type(func), classmethod, staticmethod):
    print(t.__name__, [hasattr(t, n) for n in ('__get__', '__set__', '__delete__')])
print(hasattr(func, '__get__'), hasattr(len, '__get__'))

c = C()
print(type(func).__get__(func, c, C)())
print(func.__get__(c)())
print(func.__get__(None, C) is func)
print(C.__dict__['method'].__get__(c, C)())
p = C.__dict__['prop']
print(p.__get__(c, C), p.__get__(None, C) is p)
p.__set__(c, 5)
p.__delete__(c)
print(property.__get__(p, c))
print(C.__dict__['cm'].__get__(None, C)(), C.__dict__['cm'].__get__(c)())
print(C.__dict__['sm'].__get__(c)())

class Sub(C):
    pass

print(C.__dict__['cm'].__get__(Sub(), Sub)())
