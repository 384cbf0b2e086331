# the match statement (PEP 634): literal, capture, wildcard, value, sequence (with *rest), mapping (with **rest),
# class (keyword and __match_args__ positional, dataclass, namedtuple, builtins) and or/as patterns, guards,
# break/continue inside cases, match/case still usable as names, and the TypeErrors of class patterns
from dataclasses import dataclass
from enum import Enum
from collections import namedtuple

class Color(Enum):
    RED = 1
    GREEN = 2

@dataclass
class Point:
    x: int
    y: int

Pair = namedtuple('Pair', 'a b')

class Box:
    __match_args__ = ('w', 'h')
    def __init__(self, w, h): self.w, self.h = w, h

def describe(v):
    match v:
        case None:
            return 'none'
        case True | False as b:
            return f'bool {b}'
        case 0 | 1 | 2:
            return 'small int'
        case -1:
            return 'minus one'
        case 1.5 | 2j:
            return 'odd number'
        case int(n) if n > 100:
            return f'big {n}'
        case int() | float():
            return f'number {v}'
        case 'hi' | 'hello':
            return 'greeting'
        case str(s):
            return f'str {s!r}'
        case Color.RED:
            return 'red'
        case Color():
            return f'color {v.name}'
        case Point(x=0, y=0):
            return 'origin'
        case Point(x=0, y=yy):
            return f'on y axis at {yy}'
        case Point(xx, yy) if xx == yy:
            return f'diagonal {xx}'
        case Point():
            return f'point {v}'
        case Pair(a, b=2):
            return f'pair ending 2 starting {a}'
        case Box(w, h):
            return f'box {w}x{h}'
        case []:
            return 'empty list'
        case [x]:
            return f'one {x}'
        case [x, y, *rest] if not rest:
            return f'two {x} {y}'
        case [first, *_, last]:
            return f'many {first}..{last}'
        case {'type': 'circle', 'r': r}:
            return f'circle {r}'
        case {'type': t, **others}:
            return f'shape {t} {sorted(others)}'
        case {}:
            return 'some dict'
        case (1, 2) | (2, 1):
            return 'one-two'
        case _:
            return f'other {type(v).__name__}'

tests = [None, True, False, 0, 2, -1, 1.5, 2j, 500, 7, 3.25, 'hi', 'bye', Color.RED, Color.GREEN,
         Point(0, 0), Point(0, 5), Point(3, 3), Point(1, 2), Pair(9, 2), Pair(9, 3), Box(2, 3), [], [7], [1, 2],
         [1, 2, 3, 4], (5, 6, 7), {'type': 'circle', 'r': 3}, {'type': 'sq', 'side': 2, 'c': 1}, {'x': 1},
         (1, 2), range(3), 'x' * 3, b'ab', {1, 2}]
for t in tests:
    print(repr(t) if not isinstance(t, Box) else 'Box', '->', describe(t))

def http(status):
    match status:
        case 400:
            return "Bad request"
        case 401 | 403:
            return "Not allowed"
        case 404:
            return "Not found"
        case _:
            return "Something's wrong"
print([http(s) for s in (400, 403, 404, 500)])

cmds = ['go north', 'look', 'drop sword shield', 'quit now']
for c in cmds:
    match c.split():
        case ['go', direction]:
            print('going', direction)
        case ['look']:
            print('looking')
        case ['drop', *objs]:
            print('dropping', objs)
        case [cmd, *args]:
            print('unknown', cmd, args)

for i in range(3):
    match i:
        case 1:
            continue
        case 2:
            break
    print('after match', i)

match = {'a': 1}
print(match['a'])
case = 3
print(case)
match (1, 2):
    case (a, b):
        print(a + b)
match 1, 2:
    case a, b:
        print(a * b)
try:
    match 5:
        case str(1, 2):
            pass
except TypeError as e:
    print('TypeError', e)
try:
    match Box(1, 2):
        case Box(1, 2, 3):
            pass
except TypeError as e:
    print('TypeError', e)
x = 10
match 3:
    case x if x > 5:
        print('big')
    case y:
        print('y is', y, 'x is', x)
match = 1
print(match + 1, [case for case in range(2)])
