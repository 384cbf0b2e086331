from __future__ import annotations
from dataclasses import dataclass, field, fields
from typing import ClassVar, get_type_hints
import typing

@dataclass
class C:
    x: int
    y: list[int] = field(default_factory=list)
    count: ClassVar[int] = 0
    z: typing.ClassVar[str] = "s"

print([f.name for f in fields(C)], C(1))
print(get_type_hints(C))
def f(a: int, b: C) -> list[int]: ...
print(get_type_hints(f))
