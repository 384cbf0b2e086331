# getattr, setattr, hasattr, delattr, callable, dir, vars
class Thing:
    cls_attr = "class level"
    def __init__(self):
        self.a = 1
        self.b = "two"
    def method(self):
        return "m"
t = Thing()
print(getattr(t, "a"), getattr(t, "cls_attr"), getattr(t, "zz", "default"), getattr(t, "method")())
try:
    getattr(t, "zz")
except AttributeError as e:
    print("AttributeError:", e)
setattr(t, "c", [3])
print(t.c, hasattr(t, "c"), hasattr(t, "nope"), hasattr(t, "method"))
delattr(t, "c")
print(hasattr(t, "c"))
try:
    delattr(t, "c")
except AttributeError:
    print("AttributeError on delattr")
print(callable(t), callable(t.method), callable(Thing), callable(len), callable(None), callable("s"))
print([n for n in dir(t) if not n.startswith("__")])
print([n for n in dir(Thing) if not n.startswith("__")])
print(vars(t))
t.z = 0
print(vars(t), t.__dict__ is vars(t))
print(sorted(k for k in vars(Thing) if not k.startswith("__")))
class Dyn:
    def __getattr__(self, name):
        return "dynamic " + name
dy = Dyn()
dy.real = "real"
print(dy.real, dy.anything, getattr(dy, "other"), hasattr(dy, "whatever"))
class Guard:
    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 2)
g = Guard()
g.v = 21
print(g.v)
class Slotty:
    def __getattribute__(self, name):
        if name == "magic":
            return 42
        return object.__getattribute__(self, name)
s = Slotty()
s.x = 1
print(s.magic, s.x)
import math
print(getattr(math, "pi") == math.pi, hasattr(math, "sqrt"))
