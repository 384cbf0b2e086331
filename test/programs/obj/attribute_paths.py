# Attribute reads and writes in the presence of properties, slots, data descriptors and custom
# __getattribute__/__setattr__: generated code reads an instance's own attributes straight from its dict
# only for names no data descriptor of the class handles (the property of one name must not change the
# others, and must keep winning over the instance dict for its own name).
import copy


class Temp:
    def __init__(self, c):
        self.c = c
        self.label = "t"

    @property
    def f(self):
        return self.c * 9 / 5 + 32

    @f.setter
    def f(self, v):
        self.c = (v - 32) * 5 / 9


t = Temp(100)
for _ in range(3):
    t.c += 1
    t.label += "!"
print(t.c, t.label, t.f)
t.f = 212
print(t.c, t.f)
t.__dict__["f"] = "shadow?"
print(t.f, t.__dict__["f"])


class Upper:
    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        return getattr(obj, self.name).upper()

    def __set__(self, obj, value):
        setattr(obj, self.name, value)


class Person:
    name = Upper()

    def __init__(self, name, age):
        self.name = name
        self.age = age


p = Person("ada", 36)
for _ in range(2):
    p.age += 1
print(p.name, p.age, p._name, sorted(vars(p)))


class Logged:
    def __init__(self):
        self.x = 1

    def __getattribute__(self, name):
        v = object.__getattribute__(self, name)
        return v * 10 if name == "x" else v

    def __setattr__(self, name, value):
        object.__setattr__(self, name, value + 1 if isinstance(value, int) else value)


g = Logged()
for _ in range(2):
    g.x = g.x
print(g.x)


class Slot:
    __slots__ = ("a", "b")

    def __init__(self, a):
        self.a = a

    @property
    def twice(self):
        return self.a * 2


s = Slot(4)
for _ in range(3):
    s.a += 1
print(s.a, s.twice, hasattr(s, "b"))
s.b = [1]
print(s.b)
del s.b
try:
    s.b
except AttributeError as e:
    print("AttributeError:", e)
try:
    del s.b
except AttributeError as e:
    print("AttributeError:", e)
try:
    s.c = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    s.__dict__
except AttributeError as e:
    print("AttributeError:", e)


class Open(Slot):
    pass


o = Open(1)
o.b = 2
o.extra = 3
print(o.a, o.b, o.extra, vars(o))
c = copy.copy(s)
print(c.a, c.twice)
d = copy.deepcopy(o)
print(d.a, d.b, d.extra)
