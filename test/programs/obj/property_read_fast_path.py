# Reading a plain property calls its getter directly (helpers.ts getattrIC) unless __getattribute__, __getattr__ or a data descriptor of another kind is involved; an AttributeError from a getter falls back to __getattr__
class A:
    def __init__(self): self._x = 1
    @property
    def x(self): return self._x * 2
    @property
    def bad(self): raise AttributeError('inner')
class B(A):
    def __getattr__(self, n): return 'getattr:' + n
class Cached:
    def __init__(self, f): self.f = f
    def __get__(self, o, t=None): return 'sub'
    def __set__(self, o, v): pass
class D:
    y = Cached(lambda s: 1)
    @property
    def z(self): return 'z'
class E(A):
    def __getattribute__(self, n): return 'ga:' + n
a, b, d, e = A(), B(), D(), E()
a.__dict__['x'] = 99
for obj in (a, b, d, e):
    for name in ('x', 'bad', 'y', 'z'):
        try:
            print(type(obj).__name__, name, getattr(obj, name) if name in ('y',) else eval('obj.' + name))
        except AttributeError as ex:
            print(type(obj).__name__, name, 'AttributeError', ex)
tot = 0
for i in range(3000):
    tot += a.x + (b.x if i % 2 else 0)
print(tot)
A.x = property(lambda s: 5)
print(a.x, b.x)
