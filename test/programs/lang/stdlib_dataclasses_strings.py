# dataclasses: string annotations (ClassVar, InitVar, KW_ONLY spelled as strings), inherited __post_init__, own __init__
import dataclasses
import typing
from typing import ClassVar
from dataclasses import dataclass, field, fields, InitVar, KW_ONLY


@dataclass
class S:
    a: 'int'
    b: 'ClassVar[int]' = 3
    c: 'typing.ClassVar[str]' = 'x'
    d: 'InitVar[int]' = 0
    _: 'KW_ONLY'
    e: 'list[int]' = field(default_factory=list)
    f: 'dataclasses.InitVar[int]' = 1

    def __post_init__(self, d, f):
        self.sum = d + f


s = S(1, 5, f=2)
print(s, s.sum, [f.name for f in fields(S)], S.__match_args__, S.__annotations__)
print(S.__doc__)


@dataclass
class Parent:
    a: int

    def __post_init__(self):
        print('parent post init', self)


@dataclass
class Child(Parent):
    b: str = 'q'


Child(1)


@dataclass
class OwnInit:
    a: int

    def __init__(self, v):
        self.a = v * 2


print(OwnInit(4), OwnInit.__match_args__)
print(dataclasses.field(default=3, metadata={'a': 1}).metadata)
