# type(name, bases, dict) checks each argument's type, as type.__new__ does.
class Meta(type):
    pass

attempts = [
    ("name not str", lambda: type(1, (), {})),
    ("bases not tuple", lambda: type("X", 1, {})),
    ("bases list", lambda: type("X", [object], {})),
    ("ns not dict", lambda: type("X", (), 2)),
    ("type.__new__ ns", lambda: type.__new__(type, "X", (), [])),
    ("metaclass name", lambda: Meta(3, (), {})),
    ("wrong count", lambda: type("X", ())),
]
for label, f in attempts:
    try:
        print(label, f())
    except TypeError as e:
        print(label, "TypeError:", e)
Point = type("Point", (object,), {"x": 1, "show": lambda self: f"Point(x={self.x})"})
print(Point, Point().show(), Point.__name__, Point.__bases__)
