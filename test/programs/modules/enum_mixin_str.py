# enum: a data-type mixin (class X(str, Enum)) must not shadow Enum's str/format/repr
from enum import Enum, IntEnum, StrEnum
class St(str, Enum):
    A = "a"
print(St.A == "a", St.A, f"{St.A}", repr(St.A), "%s" % St.A, format(St.A, ">5"))
class N(int, Enum):
    ONE = 1
print(N.ONE, repr(N.ONE), f"{N.ONE}", N.ONE + 1)
class S2(StrEnum):
    X = "x"
print(S2.X, repr(S2.X), f"{S2.X}")
class I2(IntEnum):
    Y = 2
print(I2.Y, repr(I2.Y), f"{I2.Y}")
class F(float, Enum):
    PI = 3.14
    def __str__(self): return "custom"
print(F.PI, repr(F.PI))
