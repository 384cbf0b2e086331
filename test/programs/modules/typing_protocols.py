# typing: runtime_checkable Protocol isinstance/issubclass, SupportsX protocols, assert_never, overloads, Pattern/Match/ContextManager/Async* aliases
import typing
from typing import *
names = ["AsyncContextManager", "AsyncGenerator", "AsyncIterable", "AsyncIterator", "ByteString", "ContextManager", "Coroutine", "MappingView", "Match", "Pattern", "SupportsBytes", "SupportsComplex", "SupportsRound", "assert_never", "get_overloads", "clear_overloads", "is_typeddict", "dataclass_transform", "no_type_check_decorator", "Iterator", "Generator", "Awaitable", "Reversible", "Collection", "Container", "Hashable", "Sized", "KeysView", "ValuesView", "ItemsView", "ChainMap", "Counter", "Deque", "DefaultDict", "OrderedDict", "FrozenSet", "AbstractSet", "MutableSet", "MutableSequence", "MutableMapping", "Type", "Text", "AnyStr", "SupportsInt", "SupportsFloat", "SupportsAbs", "SupportsIndex", "Final", "final", "ClassVar", "Literal", "Annotated", "Self", "Never", "NoReturn", "LiteralString", "TypeAlias", "TypeGuard", "Required", "NotRequired", "Unpack", "TypeVarTuple", "ParamSpec", "Concatenate", "reveal_type", "assert_type", "runtime_checkable", "get_type_hints", "IO", "TextIO", "BinaryIO"]
for n in names:
    print(n, hasattr(typing, n), end="; ")
print()
print(typing.Pattern, typing.Match, typing.Pattern[str], typing.ContextManager[int], typing.AsyncIterator[int], typing.Iterator[int], typing.Generator[int, None, None])
print(typing.Deque[int], typing.DefaultDict[str, int], typing.Type[int], typing.ClassVar[int], typing.Final[int], typing.Annotated[int, "meta"], typing.Literal["a"], typing.Self, typing.Never)
try:
    typing.assert_never(3)
except AssertionError as e:
    print("AE", e)
def f(x: "Pattern[str]") -> Iterator[int]: yield 1
print(f.__annotations__)
@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
import io
print(isinstance(io.StringIO(), Closer), isinstance(3, Closer))

from typing import SupportsInt, SupportsFloat, SupportsIndex, SupportsAbs, SupportsRound, Protocol, runtime_checkable
print(isinstance(3, SupportsInt), isinstance("x", SupportsInt), isinstance(2.5, SupportsIndex), isinstance(2.5, SupportsRound), issubclass(float, SupportsFloat), isinstance([], SupportsAbs))
class Shape(Protocol):
    def area(self) -> float: ...
class Sq:
    def area(self): return 4.0
def total(shapes: list[Shape]) -> float: return sum(s.area() for s in shapes)
print(total([Sq(), Sq()]))
@runtime_checkable
class Named(Protocol):
    name: str
class A:
    name = "a"
class B: pass
print(isinstance(A(), Named), isinstance(B(), Named))
try: issubclass(A, Named)
except TypeError as e: print(e)
class Base(Protocol):
    def f(self): return 1
class Child(Base):
    pass
print(Child().f(), isinstance(Child(), Base) if False else "")
try: runtime_checkable(B)
except TypeError as e: print(e)
class NotRC(Protocol):
    def close(self) -> None: ...
try: print(isinstance(3, NotRC))
except TypeError as e: print("E3", e)
try: NotRC()
except TypeError as e: print("E6", e)
@typing.overload
def f2(x: int) -> int: ...
@typing.overload
def f2(x: str) -> str: ...
def f2(x): return x * 2
print(f2(2), f2("ab"), len(typing.get_overloads(f2)))
try: typing.assert_never("x" * 200)
except AssertionError as e: print(len(str(e)), str(e)[-10:])
