# Class-body and module annotations are evaluated and recorded in __annotations__ (function bodies: not evaluated); PEP 604 unions
import numpy as np
x: int = 3
y: float
class P:
    a: int
    b: str = 'hi'
    c: int | None = None
    d: dict = {}
    e: 'Q'
    def f(self, z: int) -> int:
        w: np.ndarray = np.zeros(2)
        return z
print(P.__annotations__, P.b, P().f(2))
print(__annotations__)
class R(P):
    g: float = 1.5
print(R.__annotations__, 'a' in R.__dict__ if hasattr(R, '__dict__') else '')
try:
    class S:
        h: Undefined = 1
except NameError as e:
    print('NameError', e)
u = int | None
print(u, str | list | None, (int | str) == (str | int), u.__args__, int | int, type(u).__name__)
print(int | np.ndarray, float | None | int)
try:
    1 | None
except TypeError as e:
    print(e)
