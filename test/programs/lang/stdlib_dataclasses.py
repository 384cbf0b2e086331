# dataclasses (a stdlib module written in Python, src/stdlib/dataclasses.ts): normal use
import dataclasses
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, InitVar, KW_ONLY
from typing import ClassVar, List, Optional


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, repr(p), Point(3), Point(y=5, x=4))
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2), p == (1, 2))
print(Point.__match_args__, Point.__init__.__name__, Point.__repr__.__qualname__)
print(Point.__hash__)
print(Point.__doc__)
print([f.name for f in fields(Point)], [f.type for f in fields(p)], fields(p)[1].default)
print(asdict(p), astuple(p), replace(p, y=10), p)
print(is_dataclass(p), is_dataclass(Point), is_dataclass(3), is_dataclass(int))
print(Point.__dataclass_params__)
p.x = 7
print(p)



class Outer:
    @dataclass
    class Inner:
        a: str = 'hi'


print(Outer.Inner(), Outer.Inner('yo'))


@dataclass
class Inventory:
    name: str
    items: list = field(default_factory=list)
    tags: dict = field(default_factory=dict, repr=False)
    count: int = field(default=0, compare=False)
    secret: str = field(default='s', init=False)
    meta: int = field(default=1, metadata={'unit': 'kg'})
    shared: ClassVar[int] = 99
    opt: Optional[int] = None
    maybe: 'int | None' = None


a = Inventory('box')
b = Inventory('box', count=5)
a.items.append(1)
print(a, b, a == b, a.items is b.items)
print(Inventory.shared, [f.name for f in fields(Inventory)], 'shared' in Inventory.__dataclass_fields__)
print(fields(Inventory)[5].metadata['unit'], len(fields(Inventory)[5].metadata), a.secret, Inventory.secret)
b.items.append(2)
print(a == b, asdict(b))
print(Inventory.__doc__)


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default='', compare=False)


vs = [Version(1, 2, 'b'), Version(1, 0), Version(0, 9, 'a'), Version(1, 2, 'a')]
print(sorted(vs))
print(Version(1, 2) < Version(1, 3), Version(2) >= Version(1, 9), Version(1) <= Version(1, 0, 'x'), max(vs))


@dataclass(frozen=True)
class Frozen:
    a: int
    b: tuple = (1, 2)


f1 = Frozen(1)
print(f1, hash(f1) == hash(Frozen(1)), hash(f1) == hash((1, (1, 2))), {f1, Frozen(1), Frozen(2)} == {Frozen(1), Frozen(2)})
try:
    f1.a = 3
except dataclasses.FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    f1.new = 3
except AttributeError as e:
    print(type(e).__name__, e)
print(replace(f1, b=(3,)), f1)


@dataclass(unsafe_hash=True)
class Hashed:
    a: int
    b: list = field(default_factory=list, hash=False)


h = Hashed(1)
h.a = 2
print(hash(h) == hash((2,)), Hashed.__hash__ is not None)


@dataclass(eq=False)
class NoEq:
    a: int


print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)


@dataclass
class WithHash:
    a: int

    def __hash__(self):
        return 42


print(hash(WithHash(1)))


# inheritance: base fields first, overriding keeps the position
@dataclass
class Base:
    x: int = 0
    y: int = 1


@dataclass
class Derived(Base):
    z: int = 2
    x: int = 10


print(Derived(), Derived(1, 2, 3), [f.name for f in fields(Derived)], Base() == Derived())


class Plain(Base):
    pass


print(Plain(5), is_dataclass(Plain))


# __post_init__ and InitVar
@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)
    scale: InitVar[float] = 1.0

    def __post_init__(self, scale):
        self.w *= scale
        self.h *= scale
        self.area = self.w * self.h


print(Rect(2, 3), Rect(2, 3, 2.0), Rect(1, 1, scale=3), 'scale' in [f.name for f in fields(Rect)])
print(Rect.__match_args__, replace(Rect(1, 2), h=5, scale=2))


@dataclass(frozen=True)
class FrozenPost:
    a: int
    b: int = field(init=False)

    def __post_init__(self):
        object.__setattr__(self, 'b', self.a * 2)


print(FrozenPost(4))


# keyword-only fields
@dataclass
class Opts:
    name: str
    _: KW_ONLY
    verbose: bool = False
    level: int = 1


@dataclass(kw_only=True)
class AllKw:
    a: int
    b: int = 2


@dataclass
class MixKw:
    a: int = 0
    b: int = field(kw_only=True)
    c: int = 5


print(Opts('x'), Opts('y', level=3, verbose=True), Opts.__match_args__, AllKw(a=1), AllKw.__match_args__)
print(MixKw(1, 2, b=3), MixKw(b=9))
print(Opts.__doc__, MixKw.__doc__)


# nested structures for asdict / astuple
@dataclass
class Line:
    start: Point
    end: Point
    label: Optional[str] = None


@dataclass
class Drawing:
    lines: List[Line]
    names: dict
    pair: tuple = ()


d = Drawing([Line(Point(0, 0), Point(1, 1), 'diag')], {'k': Point(2, 3)}, (Point(4, 4), 5))
print(d)
print(asdict(d))
print(astuple(d))
dd = asdict(d)
print(dd['lines'][0]['start'] is d.lines[0].start, type(asdict(d, dict_factory=list)))
print(asdict(Point(1, 2), dict_factory=lambda kv: {k.upper(): v for k, v in kv}))
lst = [1, [2]]
holder = Drawing(lst, {})
print(asdict(holder)['lines'] is lst, asdict(holder)['lines'][1] is lst[1])

# decorator without parentheses and with slots accepted
@dataclass(slots=True)
class Slotted:
    a: int = 1


print(Slotted(), Slotted(2) == Slotted(2))

# __repr__ of a self-referencing dataclass
@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)


n = Node(1)
n.children.append(Node(2))
n.children.append(n)
print(n)

# custom methods are kept
@dataclass
class Custom:
    a: int

    def __repr__(self):
        return 'Custom!'

    def __eq__(self, other):
        return True


print(Custom(1), Custom(1) == 5, Custom.__hash__)

# a Field as a class attribute is replaced by its default
print(Point.y, hasattr(Point, 'x'), Inventory.meta, 'items' in Inventory.__dict__)

# make_dataclass
Pt3 = dataclasses.make_dataclass('Pt3', ['z', ('x', int), ('y', int, field(default=0))])
print(Pt3(1, x=3), [f.name for f in fields(Pt3)])
print(dataclasses.MISSING is dataclasses.MISSING, field().default is dataclasses.MISSING)
