from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
    def describe(self):
        return f'{self.name} is {self.value}'
    @property
    def lower(self):
        return self.name.lower()
print(Color.RED, repr(Color.GREEN), Color(3), Color['BLUE'], Color.CRIMSON is Color.RED, Color.RED.name, Color.RED.value)
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.BLUE, Color.RED.describe(), Color.BLUE.lower)
print(f'{Color.RED}', '%s' % Color.GREEN, isinstance(Color.RED, Color), type(Color.RED).__name__, hash(Color.RED) == hash(Color.RED))
print(list(Color.__members__), [m.name for m in Color.__members__.values()], Color._member_names_)
print({Color.RED: 'r', Color.BLUE: 'b'}[Color.RED])
try:
    Color(7)
except ValueError as e:
    print('ValueError', e)
try:
    Color['PINK']
except KeyError as e:
    print('KeyError', e)
try:
    Color.RED < Color.BLUE
except TypeError as e:
    print('TypeError', e)
class Shape(IntEnum):
    CIRCLE = 1
    SQUARE = 2
print(Shape.CIRCLE, repr(Shape.SQUARE), Shape.CIRCLE == 1, Shape.SQUARE + 1, Shape.CIRCLE < Shape.SQUARE, sorted([Shape.SQUARE, Shape.CIRCLE]), f'{Shape.SQUARE}', Shape(2), int(Shape.SQUARE))
class A(Enum):
    X = auto()
    Y = auto()
    Z = 10
    W = auto()
print(A.X.value, A.Y.value, A.W.value, repr(A.W))
class S(StrEnum):
    ALPHA = auto()
    BETA = 'b'
print(S.ALPHA, repr(S.ALPHA), S.BETA == 'b', S.ALPHA.upper())
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
print(Perm.R, repr(Perm.X), rw, repr(rw), rw.value, Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.W), repr(Perm.R & Perm.W), list(rw), repr(~Perm.R))
class P2(IntFlag):
    A = 1
    B = 2
    C = 4
print(P2.A | P2.B, repr(P2.A | P2.C), P2.A | 2, P2.B & 3, P2.A == 1, repr(P2(5)))
try:
    @unique
    class Dup(Enum):
        ONE = 1
        UNO = 1
except ValueError as e:
    print('ValueError', e)
@unique
class Ok(Enum):
    A = 'a'
    B = 'b'
print(Ok('a'), Ok.B.value)
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        G = 6.673e-11
        return G * self.mass / (self.radius * self.radius)
print(Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 3), Planet.EARTH.value)
class M(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        if value == 'a':
            return cls.A
print(M('a'), M(1))
class Status(Enum):
    ACTIVE = 'active'
    INACTIVE = 'inactive'
    def __str__(self):
        return self.value
print(Status('active'), str(Status.INACTIVE), Status.ACTIVE.value.upper())
try:
    class More(Color):
        PINK = 9
except TypeError as e:
    print('TypeError', e)
print(Color.RED is Color(1), Color.RED.__class__ is Color)
