# Enum classes through their metaclass (EnumType): iteration, len, in, [], call, repr.
import enum
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, EnumType, EnumMeta


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1  # alias of RED

    def describe(self):
        return self.name.lower()


print(list(Color))
for c in Color:
    print(c, c.name, c.value, c.describe())
print(len(Color), [c.name for c in reversed(Color)], list(reversed(Color)))
print(repr(Color), str(Color), Color)
print(type(Color).__name__, type(Color) is EnumType, EnumMeta is EnumType, isinstance(Color, EnumMeta))
print(Color['RED'], Color['CRIMSON'] is Color.RED, Color(1), Color(Color.BLUE), Color(1) is Color.CRIMSON)
print(Color.RED in Color, Color.CRIMSON in Color, [m in Color for m in Color])
print(list(Color.__members__), list(Color.__members__.items()))
print(repr(Color.__members__))
print(len(Color.__members__), 'CRIMSON' in Color.__members__, Color.__members__['CRIMSON'])
print(dict((c.name, c.value) for c in Color), {c: i for i, c in enumerate(Color)})
print(sorted(Color, key=lambda c: -c.value), max(Color, key=lambda c: c.value), bool(Color))
print([(i, c.name) for i, c in enumerate(Color, 1)], tuple(Color)[1:], set(Color) == {Color.RED, Color.GREEN, Color.BLUE})
it = iter(Color)
print(next(it), next(it), next(it), next(it, 'done'))
try:
    1 in Color
except TypeError as e:
    print('TypeError', e)
try:
    'RED' in Color
except TypeError as e:
    print('TypeError', e)


class Other(Enum):
    RED = 1


print(Other.RED in Color, Color.RED in Other, Other.RED == Color.RED, Other.RED.value == Color.RED.value)
try:
    Color['PINK']
except KeyError as e:
    print('KeyError', e)
try:
    Color(9)
except ValueError as e:
    print('ValueError', e)
try:
    Color('RED')
except ValueError as e:
    print('ValueError', e)

print(list(Enum), len(Enum), bool(Enum), repr(Enum), repr(IntEnum), repr(Flag), repr(IntFlag), repr(StrEnum))


class Empty(Enum):
    pass


print(list(Empty), len(Empty), bool(Empty), repr(Empty))


class Extended(Empty):
    A = 1
    B = 2


print(list(Extended), len(Extended), isinstance(Extended.A, Empty), Extended(2))


class Shape(IntEnum):
    CIRCLE = 1
    SQUARE = 2
    ROUND = 1


print(list(Shape), len(Shape), sum(Shape), [int(s) for s in Shape], Shape(2), Shape['ROUND'], repr(Shape))
print(Shape.CIRCLE in Shape, sorted(Shape, reverse=True), list(reversed(Shape)))


class Letter(StrEnum):
    A = auto()
    B = auto()


print(list(Letter), [str(x) for x in Letter], Letter('b'), Letter['A'], len(Letter))


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RW = 6
    NONE = 0


print(list(Perm), len(Perm), repr(Perm), list(Perm.__members__), Perm._member_names_)
print(Perm['RW'], Perm(6), Perm.RW in Perm, Perm.NONE in Perm, list(reversed(Perm)))


class P2(IntFlag):
    A = 1
    B = 2
    C = 4
    AB = 3


print(list(P2), len(P2), repr(P2), P2(3), P2['AB'] in P2, [int(p) for p in P2])


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius


print([p.name for p in Planet], Planet((5.976e+24, 6.37814e6)), Planet((5.976e+24, 6.37814e6)).mass, len(Planet))

Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), repr(Animal), Animal(2), Animal['CAT'].value, len(Animal))
Pets = Enum('Pets', ['DOG', 'FISH'], start=10)
print(list(Pets), Pets(11))
Codes = Enum('Codes', [('OK', 200), ('NOT_FOUND', 404)])
print(list(Codes), Codes(404), Codes['OK'].value)
Mapped = Enum('Mapped', {'X': 'x', 'Y': 'y'})
print(list(Mapped), Mapped('y'))
Nums = IntEnum('Nums', 'ONE TWO')
print(list(Nums), Nums.TWO + 1, repr(Nums))
Bits = Flag('Bits', 'A B C')
print(list(Bits), Bits.A | Bits.C, repr(Bits))


class Weekday(Enum):
    MONDAY = 1
    TUESDAY = 2
    WEDNESDAY = 3

    @classmethod
    def first(cls):
        return next(iter(cls))

    @classmethod
    def names(cls):
        return [d.name for d in cls]


print(Weekday.first(), Weekday.names(), Weekday.MONDAY.__class__ is Weekday, [type(d).__name__ for d in Weekday])
print(enum.Enum is Enum, enum.EnumType is EnumType)
