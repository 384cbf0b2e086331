# isinstance / issubclass with PEP 604 unions (int | str, X | None, nested in tuples, with user
# classes and ABCs), and the error for a union holding a parameterized generic.
from collections.abc import Sequence


class Base:
    pass


class Child(Base):
    pass


Number = int | float
for v in [1, 2.5, "s", None, True, [1], Child(), (1,)]:
    print(repr(v) if not isinstance(v, Base) else "Child()",
          isinstance(v, int | str), isinstance(v, Number), isinstance(v, str | None),
          isinstance(v, (list, Base | None)), isinstance(v, Base | tuple), isinstance(v, Sequence | dict))
print(issubclass(bool, int | str), issubclass(Child, Base | None), issubclass(float, int | str), issubclass(list, Sequence | int))


def describe(x: int | float | str | None) -> str:
    if isinstance(x, int | float):
        return f"number {x}"
    if isinstance(x, str):
        return f"text {x!r}"
    return "nothing"


print([describe(x) for x in (3, 1.5, "hi", None)])
for bad in (lambda: isinstance(1, int | list[int]) and isinstance("a", int | list[int]), lambda: isinstance(1, (str, list[int])), lambda: issubclass(int, str | list[int]), lambda: isinstance(1, 5)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
