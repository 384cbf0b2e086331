# a generic class's __parameters__ come from Generic[...] or from its subscripted bases
from typing import Generic, TypeVar, Dict, List
import inspect

K = TypeVar('K')
V = TypeVar('V')

class Pair(Generic[K, V]):
    def __init__(self, k: K, v: V):
        self.k, self.v = k, v

class StrPair(Pair[str, V]):
    pass

class Fixed(Pair[str, int]):
    pass

class Plain(Pair):
    pass

print(Pair.__parameters__, StrPair.__parameters__, Fixed.__parameters__, Plain.__parameters__)
print(Pair[int, str].__parameters__, Dict[K, List[V]].__parameters__, List[int].__parameters__)
print(StrPair[float], StrPair[float](1, 2.0).v)

def f(a: int, b='x', *args, c=None, **kw):
    pass

print(inspect.signature(f).parameters)
