# dataclass-generated methods belong to the class's module and a class-syntax NamedTuple keeps its
# docstring: doctest.testmod finds and runs what CPython's does for them
from dataclasses import dataclass, field
from functools import lru_cache, wraps
from enum import Enum
from typing import NamedTuple

@dataclass(order=True)
class Point:
    """
    >>> Point(1, 2)
    Point(x=1, y=2)
    """
    x: int
    y: int = 0
    tags: list = field(default_factory=list, compare=False, repr=False)

    def norm(self):
        """
        >>> Point(3, 4).norm()
        5.0
        """
        return (self.x ** 2 + self.y ** 2) ** 0.5

class Color(Enum):
    """
    >>> Color.RED
    <Color.RED: 1>
    """
    RED = 1

class P(NamedTuple):
    """
    >>> P(1, 2)
    P(a=1, b=2)
    """
    a: int
    b: int

@lru_cache(maxsize=None)
def fib(n):
    """
    >>> fib(30)
    832040
    """
    return n if n < 2 else fib(n - 1) + fib(n - 2)

square = lambda x: x * x

for k in ('__init__', '__repr__', '__eq__', '__lt__', '__hash__'):
    f = Point.__dict__.get(k)
    print(k, f and (f.__module__, f.__qualname__))
print(P.__doc__, P.__module__, Point.__module__)

if __name__ == "__main__":
    import doctest
    print(doctest.testmod(verbose=True))
