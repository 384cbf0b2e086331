"""Module docstring."""
from __future__ import annotations
import typing
from typing import Callable, Optional

a: int | None
b: dict[str, list[int]] = {}
c: tuple[int, ...]
d: "Foo"
e: (int, str)
f: Callable[[int], str]
g: typing.Optional[Foo.Bar]
h: -1
i: 1e400
j: x[a:b, ::2]
k: f(a, *b, k=1, **c)
l: lambda a, b=1: a
m: [i for i in y if i]
n: {1: 2, **d}
o: not a and b or c
p: a if b else c
q: (a, )[0]
r: 2 ** -1
s: (-2) ** 2
t: a < b <= c is not d
u: ~a
v: b'x\n'
w: 1j
x: t[()]
y: t[a,]
z: {a, b}
aa: 'it''s'
ab: 3.0
ac: 1_000
ad: a.b[c](d)
ae: (x for x in y)
af: a @ b // c % d - -e
ag: [*a, *b]
ah: a + (b + c)
ai: (a + b) * c
aj: a ** b ** c
ak: (a ** b) ** c
al: f"x{a!r:>{w}} {{z}}"
am: 0x10
an: True
ao: ...
ap: x[1:2]
print(__annotations__)

class K:
    x: List[K] = []
    def m(self, a: K, *args: int, b: str = "q", **kw: Any) -> Optional[K]:
        return None
print(K.__annotations__, K.m.__annotations__)
def g2(x: int = 3) -> None: pass
print(g2.__annotations__)
print(K().m(1))
