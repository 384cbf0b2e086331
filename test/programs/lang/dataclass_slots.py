# @dataclass(slots=True): a new class with __slots__ from the fields, defaults still applied by __init__
from dataclasses import dataclass, field, fields

@dataclass(slots=True)
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)

    def norm1(self):
        return abs(self.x) + abs(self.y)

p = Point(3, -4)
print(p, p.norm1(), Point.__slots__, Point.__qualname__, [f.name for f in fields(Point)])
print(hasattr(p, '__dict__'), Point(1) == Point(1), Point.__match_args__)
try:
    p.z = 1
except AttributeError as e:
    print(type(e).__name__)

@dataclass(slots=True)
class Point3(Point):
    z: int = 0

q = Point3(1, 2, [], 3)
print(q, Point3.__slots__, isinstance(q, Point))

@dataclass(frozen=True, slots=True)
class Key:
    name: str
    n: int = 1

k = Key('a')
print(k, hash(k) == hash(Key('a')), {k: 1}[Key('a')])
try:
    k.n = 2
except AttributeError as e:
    print(type(e).__name__, e)

match q:
    case Point3(x=1, z=zz):
        print("z is", zz)
