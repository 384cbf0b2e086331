# enum 3.11 additions: verify(UNIQUE/CONTINUOUS), Flag boundaries (STRICT message, CONFORM, EJECT, KEEP),
# member()/nonmember() and enum.property
from enum import *
import enum
try:
    @verify(UNIQUE)
    class A(Enum):
        X = 1; Y = 1; Z = 2; W = 2
except ValueError as e: print(e)
try:
    @verify(CONTINUOUS)
    class B(Enum):
        X = 1; Y = 4; Z = 7
except ValueError as e: print(e)
try:
    @verify(CONTINUOUS)
    class F(Flag):
        X = 1; Y = 8
except ValueError as e: print(e)
@verify(UNIQUE, CONTINUOUS)
class C(IntEnum):
    A = 1; B = 2
print(C, list(C), repr(UNIQUE), UNIQUE, repr(STRICT), STRICT, EnumCheck, FlagBoundary, list(FlagBoundary))
class P(Flag, boundary=STRICT):
    A = 1; B = 2
try: print(P(5))
except ValueError as e: print(e)
class K(Flag, boundary=KEEP):
    A = 1; B = 2
print(repr(K(5)), repr(K(3)))
class Cn(Flag, boundary=CONFORM):
    A = 1; B = 2
print(repr(Cn(5)), repr(Cn(7)))
class Ej(Flag, boundary=EJECT):
    A = 1; B = 2
print(repr(Ej(5)), repr(Ej(3)))
class D(Flag):
    A = 1; B = 2; C = 8
for v in (5, 16, 3, 11, 0, -1, -12):
    try: print(v, repr(D(v)))
    except ValueError as e: print(v, "ValueError:", e)
print(repr(IntFlag('I', 'A B')(9)), repr(IntFlag('J', 'A B')(-1)))
class Cfg(Enum):
    X = 1
    helper = nonmember(5)
    @member
    def f(): return 3
    limit = nonmember([1, 2])
print([m.name for m in Cfg], Cfg.helper, Cfg.f.value(), Cfg.limit, Cfg.f.name, len(Cfg))
class Sh(Enum):
    SQ = 1
    @enum.property
    def label(self): return self.name.title()
print(Sh.SQ.label)
