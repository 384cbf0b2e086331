# typing.Union vs PEP 604 unions, generic aliases as dict keys, NewType and TypedDict introspection
import typing
from typing import TypedDict, NewType, Union, Optional, Required, NotRequired, List

UserId = NewType("UserId", int)
print(UserId, repr(UserId), UserId(5), UserId.__name__, UserId.__supertype__, UserId.__module__)
Derived = NewType("Derived", UserId)
print(Derived, Derived.__supertype__, Derived(UserId(3)) + 1)
print(UserId | None)

print(Union[int | str, None])
print((int | str) == Union[int, str], Union[int, str] == (str | int))
print(Optional[int] == (None | int), Union[int, str] != (int | float), (int | str) == int)
print(hash(int | str) == hash(Union[int, str]), hash(int | None) == hash(None | int))
print(int | None == int | type(None))
handlers = {int | str: "scalar", list[int]: "ints", dict[str, list[int]]: "table"}
print(handlers[str | int], handlers[list[int]], handlers[dict[str, list[int]]])
print(list[int] == list[int], list[int] == list[str], dict[str, list[int]] == dict[str, list[int]])
print(len({list[int], list[int], tuple[int, ...], tuple[int, ...]}), len({int | str, str | int}))


class Movie(TypedDict):
    title: str
    year: int


class Movie2(Movie, total=False):
    rating: float


class M3(TypedDict, total=False):
    a: Required[int]
    b: NotRequired[str]
    c: int


for T in (Movie, Movie2, M3):
    print(T.__name__, T.__total__, sorted(T.__required_keys__), sorted(T.__optional_keys__), list(T.__annotations__))
m = Movie2(title="x", year=1, rating=2.0)
print(m, type(m), isinstance(m, dict))
P = TypedDict("P", {"x": int, "y": int})
print(P(x=1, y=2), sorted(P.__required_keys__), P.__name__)
Q = TypedDict("Q", {"x": int}, total=False)
print(sorted(Q.__optional_keys__), Q.__total__)
