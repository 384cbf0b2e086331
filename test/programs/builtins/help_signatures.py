# help() on Python functions: pydoc's header with inspect.signature's text (annotations, defaults, / and *),
# bound methods (self left out, 'method of ... instance'), class and static methods, lambdas
from typing import Optional
def area(r: float, scale: Optional[int] = None, *rest, key: str = "k", **kw) -> float:
    """Return the area of a circle of radius r.

    Uses pi from math.
    """
    return 3.14159 * r * r
help(area)
def plain(a, b=2, *, c): pass
help(plain)
class K:
    def method(self, x: int) -> "K":
        """A method."""
help(K.method)
help(K().method)
help(lambda x: x)
class W:
    @classmethod
    def make(cls, n: int = 0):
        "Build one."
    @staticmethod
    def util(a, b=1):
        pass
help(W.make)
help(W.util)
help(W().util)
