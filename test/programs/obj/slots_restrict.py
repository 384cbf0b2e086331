# __slots__: only the listed attributes can be set; subclasses without __slots__ get a dict again
class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


p = Point(1, 2)
p.x = 10
print(p, p.x + p.y, hasattr(p, "x"), hasattr(p, "z"), getattr(p, "z", "none"))
for action in [lambda: setattr(p, "z", 3), lambda: Point.__new__(Point).x]:
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)


class Point3(Point):
    __slots__ = ["z"]

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


q = Point3(1, 2, 3)
print(q.z, q)
try:
    q.w = 4
except AttributeError as e:
    print("AttributeError:", e)


class Loose(Point):
    pass


r = Loose(5, 6)
r.extra = "ok"
print(r, r.extra, r.__dict__)


class Tagged:
    __slots__ = "tag"


t = Tagged()
t.tag = "only"
print(t.tag)


class Guarded:
    __slots__ = ("value",)

    def __setattr__(self, name, v):
        print("setting", name)
        super().__setattr__(name, v)


g = Guarded()
g.value = 1
try:
    g.other = 2
except AttributeError as e:
    print("AttributeError:", e)
try:

    class Clash:
        __slots__ = ("x",)
        x = 1

except ValueError as e:
    print("ValueError:", e)
