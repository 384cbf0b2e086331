# Flag pseudo-member names list single-bit members in definition order, multi-bit members only for bits
# no single member covers; IntFlag keeps unknown bits; `auto() | auto()` inside the class body
from enum import Flag, IntFlag, auto


class Perm(Flag):
    X = 1
    R = 4
    W = 2


print(Perm.R | Perm.W, repr(Perm.R | Perm.W | Perm.X), list(Perm.R | Perm.W), Perm(7), Perm(0), ~Perm.R)


class Mode(IntFlag):
    A = 8
    B = 1
    C = 2


print(Mode.A | Mode.B, repr(Mode.C | Mode.A), Mode(11), repr(Mode.A | 16), repr(Mode(16)), list(Mode(11)))


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
    NEXT = auto()


print(Color.WHITE, Color.RED | Color.BLUE, list(Color), Color(3), Color.NEXT.value, Color.RED in Color.WHITE)


class Mixed(Flag):
    A = 1
    B = 2
    AB = 3
    D = 8
    HIGH = 48


print(Mixed(11), repr(Mixed(3)), Mixed.A | Mixed.B, list(Mixed(11)), Mixed(49))
