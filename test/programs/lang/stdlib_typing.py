from typing import (Any, List, Dict, Tuple, Set, Optional, Union, Callable, Iterable, Iterator, Sequence,
                    Mapping, TypeVar, Generic, Protocol, Literal, cast, overload, TYPE_CHECKING, NamedTuple,
                    FrozenSet, Type, ClassVar, Final, DefaultDict, NewType, get_origin, get_args)
import typing

T = TypeVar('T')
K = TypeVar('K', bound=int)
print(T, K, TYPE_CHECKING, Any, List, Optional)
print(List[int], Dict[str, List[int]], Tuple[int, ...], Tuple[()], Optional[str], Union[int, str], Union[int, None])
print(Callable[[int, str], bool], Callable[..., Any], Literal['a', 'b'], Set[T], Mapping[str, Any], Iterable[Tuple[int, float]])
print(Union[int], Union[int, Union[str, float]], Optional[None] is None or Optional[None], FrozenSet[int], Type[int])
print(get_origin(List[int]), get_args(Dict[str, int]), get_args(int), List[int] == List[int])
Vector = List[float]
Matrix = List[Vector]

def scale(scalar: float, vector: Vector) -> Vector:
    return [scalar * num for num in vector]

print(scale(2.0, [1.0, -4.2, 5.4]), Matrix)

def first(xs: Sequence[T]) -> Optional[T]:
    return xs[0] if xs else None
print(first([3, 4]), first([]))

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()

s: Stack[int] = Stack()
s.push(1)
s.push(2)
print(s.pop(), Stack[int] is Stack or Stack[int])

class Greeter(Protocol):
    def greet(self) -> str: ...

class En:
    def greet(self) -> str:
        return 'hello'

def use(g: Greeter) -> str:
    return g.greet()
print(use(En()))

@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2
print(double(2), double('ab'), cast(int, '3'), cast('List[int]', [1]))

UserId = NewType('UserId', int)
print(UserId(5), UserId.__name__)

Emp = NamedTuple('Emp', [('name', str), ('id', int)])
e = Emp('ann', 3)
print(e, e.name, e._fields)

def handler(cb: Callable[[int], str], items: Dict[str, int] = None) -> Iterator[str]:
    yield cb(1)
print(list(handler(str)), typing.Sequence, typing.Deque[int])

class Config:
    limit: ClassVar[int] = 10
    name: Final = 'x'
print(Config.limit, Config.name)
dd: DefaultDict[str, int] = __import__('collections').defaultdict(int)
print(dd)
