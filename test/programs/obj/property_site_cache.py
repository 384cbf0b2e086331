# property reads at one site over several classes, with the class changed, shadowed and replaced between reads
class P:
    def __init__(self, x):
        self._x = x
    @property
    def x(self):
        return self._x
class Q(P):
    pass
def read(o):
    return o.x
ps = [P(1), Q(2), P(3)]
print([read(o) for o in ps])
P.x = property(lambda self: self._x * 10)
print([read(o) for o in ps])
class Bad:
    @property
    def x(self):
        raise AttributeError('inner')
    def __getattr__(self, n):
        return 'ga:' + n
print(read(Bad()))
class Bad2:
    @property
    def x(self):
        return self.missing
try:
    read(Bad2())
except AttributeError as e:
    print('AttributeError:', e)
for i in range(3):
    try:
        print(read(Bad2()))
    except AttributeError as e:
        print('AttributeError:', e, e.name, type(e.obj).__name__)
o = P(5)
o.__dict__['x'] = 'shadow'
print(read(o))
del P.x
print(read(o))
o.__class__ = Q
print(read(o))
