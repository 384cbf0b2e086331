# every statement kind
import os
import a.b.c as d, e
from a.b import x as y, z
from . import x
from .. import (p, q,)
from ...pkg.mod import *
from a import (x, y)
a = b = 1
a, *b = [1, 2, 3]
(m, n), k = (1, 2), 3
[u, (v, w)] = 1, (2, 3)
x = 1,
x += 1; x -= 1; x *= 2; x @= m; x /= 2; x //= 2; x %= 3; x **= 2
x >>= 1; x <<= 1; x &= 1; x |= 1; x ^= 1
x: int = 3
y: "list[int]"
obj.attr: int
d[k]: str = 'v'
del a, b[0], c.d
del (e)
pass
global g1, g2
assert x, "msg"
assert y
if x: y = 1; z = 2
if a:
    pass
elif b:
    pass
elif c:
    x = 1
else:
    x = 2
while x:
    break
else:
    x = 0
for i in range(3):
    continue
for i, (p, q) in enumerate(pairs):
    pass
else:
    pass
for x in a, b:
    pass
for *head, tail in rows: pass
try:
    pass
except (T1, T2) as e:
    raise
except T:
    raise X from Y
except:
    pass
else:
    pass
finally:
    pass
try:
    x = 1
finally:
    x = 2
with a as b, c as d:
    pass
with (a as b, c as d,):
    pass
with (a, b):
    pass
with (yield_ctx()) as f, open(p) as (g, h):
    pass
with open(f):
    pass
@decorator
@decorator.attr(1, k=2)
@(lambda f: f)
def f(a, b=1, /, c=2, *args, d, e=3, **kwargs) -> int:
    return a, b
def g(*, k): return
def h(a, /): pass
def i(x: int = 1, *args: str, y: "T" = None, **kw: dict): yield
def j():
    x = yield
    yield from g()
    y = yield 1, 2
    nonlocal_z = 1
    return
def outer():
    z = 1
    def inner():
        nonlocal z
        global gg
        z = 2
    return inner
async def co(x):
    await x
    async for i in x:
        pass
    async with x as y:
        pass
    return [i async for i in x]
@dataclass
class C(Base, metaclass=M):
    x: int = 0
    def m(self): return self.x
class D: pass
class E(): pass
if True:
    if False:
        pass
    # comment at odd indentation
        # another
    x = 1
print(x)  # trailing comment
x = 1 \
    + 2
