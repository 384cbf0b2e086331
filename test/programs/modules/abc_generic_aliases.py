# Subscripted collections.abc classes in annotations and at run time: GenericAlias reprs, __origin__ and
# __args__, a user subclass subscripted, Callable's parameter lists (its args flattened) and its error
# for a bad parameter list; typing.ParamSpec's P.args / P.kwargs in a decorator's annotations
from collections.abc import Callable, Iterable, Mapping, MutableMapping, Sequence
import typing


def apply(cb: Callable[[int], str], xs: Iterable[int]) -> Sequence[str]:
    return [cb(x) for x in xs]


print(apply.__annotations__)
print(Mapping[str, list[int]], Sequence[int].__origin__, Iterable[str].__args__)
print(Callable[[int, str], bool], Callable[..., int], Callable[[], None], Callable[[int], str].__args__)
print(Callable[[int], str] == Callable[[int], str], Sequence[Callable[[], None]])


class Registry(MutableMapping):
    def __init__(self):
        self.d = {}

    def __getitem__(self, k):
        return self.d[k]

    def __setitem__(self, k, v):
        self.d[k] = v

    def __delitem__(self, k):
        del self.d[k]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)


r = Registry()
r["a"] = 1
print(Registry[str, int], dict(r), isinstance(r, Mapping))
try:
    Callable[int, str]
except TypeError as e:
    print("TypeError:", e)

P = typing.ParamSpec("P")


def logged(f: Callable[P, int]) -> Callable[P, str]:
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> str:
        return f"{f.__name__} -> {f(*args, **kwargs)}"
    return wrapper


@logged
def add(a: int, b: int = 2) -> int:
    return a + b


print(add(1), add(1, b=5), P, P.args, P.kwargs, P.args.__origin__ is P, Callable[P, int])
