# pprint: dataclasses laid out one field per line as Name(field=value, ...) when their generated
# __repr__ is in use (repr=False fields left out, nested dataclasses laid out in turn), with depth,
# compact and recursion; custom __repr__ and repr=False classes keep their own repr
import pprint
from dataclasses import dataclass, field


@dataclass
class Point:
    x: int
    y: int


@dataclass
class Line:
    start: Point
    end: Point
    label: str = 'a line with a fairly long label for splitting'
    secret: list = field(default_factory=list, repr=False)
    tags: list = field(default_factory=lambda: list(range(12)))


line = Line(Point(1, 2), Point(30, 40), secret=[1, 2, 3])
for w in (20, 40, 60, 200):
    print('width', w)
    pprint.pprint(line, width=w)
    pprint.pprint([line], width=w)
    pprint.pprint({'line': line}, width=w)


@dataclass
class Empty:
    pass


@dataclass
class CustomRepr:
    a: list

    def __repr__(self):
        return 'CR(...)'


@dataclass(repr=False)
class Quiet(Point):
    z: int = 3

    def __repr__(self):
        return 'Quiet!'


class Sub(Point):
    pass


@dataclass
class Sub2(Point):
    z: int = 3


def make_inner():
    @dataclass
    class Inner:
        a: int
        b: list
    return Inner


Inner = make_inner()
pprint.pprint(Empty(), width=1)
pprint.pprint(CustomRepr(list(range(30))), width=10)
pprint.pprint(Quiet(1, 2), width=3)
pprint.pprint(Sub(1, 2), width=5)
pprint.pprint(Sub2(1, 2), width=5)
pprint.pprint(Inner(1, list(range(10))), width=20)
pprint.pprint(Point, width=5)
pprint.pprint(Point(1, 2), width=5, depth=1)
pprint.pprint([Point(1, [2])], width=5, depth=2)


@dataclass
class P:
    a: object
    b: object = 0


for d in (1, 2, 3):
    pprint.pprint(P([[[1]]], {'k': [[2]]}), depth=d, width=10)
    pprint.pprint(P([list(range(10))], 1), width=10, depth=d)
    pprint.pprint([P({'k': [1, 2, 3], 'j': 'words ' * 5}, 1)], width=24, depth=d)
pprint.pprint(P(list(range(30)), 'word ' * 10), width=30, compact=True)
pprint.pprint(P({'z': 10 ** 8, 'a': 1}, b'\x00' * 12), width=20, underscore_numbers=True)
pprint.pprint(P({'z': 10 ** 8, 'a': 1}, b'\x00' * 12), width=20, sort_dicts=False)
pprint.pp(P({'z': 10 ** 8, 'a': 1}, None), width=20)
pprint.pprint(P([0] * 5), width=len(repr(P([0] * 5))) - 1)
loop = P(1, list(range(15)))
loop.a = loop
pprint.pprint(loop, width=20)
outer = [list(range(10))]
outer.append(P(outer))
pprint.pprint(outer, width=20)
