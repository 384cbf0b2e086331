# dataclasses: the common errors, with CPython's messages
import dataclasses
from dataclasses import dataclass, field, fields, asdict, astuple, replace, KW_ONLY, InitVar


def attempt(label, fn):
    try:
        result = fn()
        print(label, 'ok', result)
    except Exception as e:
        print(label, type(e).__name__ + ':', e)


def mutable_list():
    @dataclass
    class C:
        x: list = []


def mutable_dict():
    @dataclass
    class C:
        y: dict = {}


def mutable_set():
    @dataclass
    class C:
        z: set = set()


def order_of_defaults():
    @dataclass
    class C:
        x: int = 0
        y: int


def inherited_defaults():
    @dataclass
    class A:
        x: int = 0

    @dataclass
    class B(A):
        y: int


def both_defaults():
    return field(default=1, default_factory=list)


def order_without_eq():
    @dataclass(order=True, eq=False)
    class C:
        x: int


def frozen_from_plain():
    @dataclass
    class A:
        x: int

    @dataclass(frozen=True)
    class B(A):
        y: int


def plain_from_frozen():
    @dataclass(frozen=True)
    class A:
        x: int

    @dataclass
    class B(A):
        y: int


def field_without_annotation():
    @dataclass
    class C:
        x = field(default=1)


def overwrite_lt():
    @dataclass(order=True)
    class C:
        x: int

        def __lt__(self, other):
            return True


def overwrite_setattr():
    @dataclass(frozen=True)
    class C:
        x: int

        def __setattr__(self, name, value):
            pass


def unsafe_hash_with_hash():
    @dataclass(unsafe_hash=True)
    class C:
        x: int

        def __hash__(self):
            return 1


def two_kw_only():
    @dataclass
    class C:
        a: int
        _: KW_ONLY
        b: int = 0
        __: KW_ONLY
        c: int = 0


def classvar_factory():
    from typing import ClassVar

    @dataclass
    class C:
        x: ClassVar[list] = field(default_factory=list)


for name, fn in [('list', mutable_list), ('dict', mutable_dict), ('set', mutable_set),
                 ('order', order_of_defaults), ('inherited', inherited_defaults), ('both', both_defaults),
                 ('noeq', order_without_eq), ('frozen<-plain', frozen_from_plain),
                 ('plain<-frozen', plain_from_frozen), ('no annotation', field_without_annotation),
                 ('__lt__', overwrite_lt), ('__setattr__', overwrite_setattr), ('__hash__', unsafe_hash_with_hash),
                 ('KW_ONLY twice', two_kw_only), ('ClassVar factory', classvar_factory)]:
    attempt(name, fn)


@dataclass
class P:
    x: int
    y: int = 0
    _: KW_ONLY
    z: int = 1


@dataclass
class Q:
    a: int
    b: int
    c: int
    _: KW_ONLY
    d: int
    e: int


@dataclass
class One:
    a: int


@dataclass
class Empty:
    pass


attempt('P()', lambda: P())
attempt('P(1,2,3)', lambda: P(1, 2, 3))
attempt('P(1,q=1)', lambda: P(1, q=1))
attempt('P(1,x=1)', lambda: P(1, x=1))
attempt('P(1,2,3,4,z=1)', lambda: P(1, 2, 3, 4, z=1))
attempt('P(1,2,3,z=1)', lambda: P(1, 2, 3, z=1))
attempt('P(y=2)', lambda: P(y=2))
attempt('Q()', lambda: Q())
attempt('Q(1)', lambda: Q(1))
attempt('Q(1,2)', lambda: Q(1, 2))
attempt('Q(1,2,3)', lambda: Q(1, 2, 3))
attempt('Q(1,2,3,d=4)', lambda: Q(1, 2, 3, d=4))
attempt('One(1,2)', lambda: One(1, 2))
attempt('Empty(1)', lambda: Empty(1))
attempt('Empty()', lambda: Empty())
attempt('P<P', lambda: P(1) < P(2))
attempt('One<One', lambda: One(1) < One(2))


@dataclass(order=True)
class O1:
    a: int


@dataclass(order=True)
class O2:
    a: int


attempt('O1<O2', lambda: O1(1) < O2(2))
attempt('O1<=O2', lambda: O1(1) <= O2(1))
attempt('O1>O1', lambda: O1(3) > O1(2))
attempt('O1==O2', lambda: O1(1) == O2(1))
attempt('hash(P)', lambda: hash(P(1)))
attempt('fields(3)', lambda: fields(3))
attempt('fields(int)', lambda: fields(int))
attempt('asdict(P)', lambda: asdict(P))
attempt('asdict(1)', lambda: asdict(1))
attempt('astuple([])', lambda: astuple([]))
attempt('replace(1)', lambda: replace(1, x=2))


@dataclass
class R:
    a: int
    b: int = field(default=0, init=False)
    v: InitVar[int] = None


@dataclass
class RV:
    a: int
    v: InitVar[int]

    def __post_init__(self, v):
        self.total = self.a + v


attempt('replace init=False', lambda: replace(R(1), b=2))
attempt('replace unknown', lambda: replace(R(1), c=2))
attempt('replace ok', lambda: replace(R(1), a=5))
attempt('replace InitVar', lambda: replace(RV(1, 2), a=3))
attempt('replace InitVar given', lambda: replace(RV(1, 2), v=5).total)
attempt('RV()', lambda: RV(1))
attempt('post_init arg', lambda: RV(1, 2).total)


@dataclass(frozen=True)
class F:
    x: int


def set_x():
    f = F(1)
    f.x = 2


attempt('frozen set', set_x)
try:
    set_x()
except dataclasses.FrozenInstanceError as e:
    print('caught', repr(e), e.args, issubclass(dataclasses.FrozenInstanceError, AttributeError))
