# PEP 560: classes deriving from subscripted generics and aliases (__mro_entries__, __orig_bases__)
from typing import Generic, TypeVar, List, Dict, Protocol, Union, Optional
T = TypeVar('T')
K = TypeVar('K')
class Stack(Generic[T]):
    def __init__(self):
        self.items: List[T] = []
    def push(self, x: T) -> None:
        self.items.append(x)
class IntStack(Stack[int]):
    pass
class Pair(Generic[K, T]):
    pass
class Both(Stack[int], Pair[str, int]):
    pass
class L(List[int]):
    pass
class D(dict[str, int]):
    pass
class M(Dict[str, int]):
    pass
class P(Protocol[T]):
    def get(self) -> T: ...
s = IntStack()
s.push(1)
print(s.items, IntStack.__bases__, IntStack.__orig_bases__, Stack.__orig_bases__, Stack.__bases__)
print(IntStack.__mro__, Both.__bases__, Both.__mro__)
print(L([1, 2]), L.__bases__, L.__orig_bases__, D(a=1), D.__bases__, M.__bases__, P.__bases__)
print(Stack[int], Generic[T], Pair[str, int], isinstance(s, Stack), issubclass(IntStack, Generic))
for bad in ['class U(Union[int, str]): pass', 'class O(Optional[int]): pass']:
    try:
        exec(bad)
    except TypeError as e:
        print('TypeError:', e)
