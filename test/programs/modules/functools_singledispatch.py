# functools.singledispatch / singledispatchmethod: register by class, by annotation, union annotations
from functools import singledispatch, singledispatchmethod

@singledispatch
def describe(x):
    return f"object {x!r}"

@describe.register
def _(x: int):
    return f"int {x}"

@describe.register(list)
def _(x):
    return f"list of {len(x)}"

@describe.register
def _(x: float | complex):
    return f"number {x}"

for v in [1, True, 2.5, 1j, [1, 2], 'text', None]:
    print(describe(v))
print(describe.dispatch(bool).__name__, describe.dispatch(str) is describe.registry[object])


class Formatter:
    def __init__(self, prefix):
        self.prefix = prefix

    @singledispatchmethod
    def fmt(self, arg):
        return f"{self.prefix} other {type(arg).__name__}"

    @fmt.register
    def _(self, arg: int) -> str:
        return f"{self.prefix} int {arg:05d}"

    @fmt.register(str)
    def _(self, arg):
        return f"{self.prefix} str {arg.upper()}"

    @fmt.register
    def _(self, arg: list | tuple):
        return f"{self.prefix} seq {[self.fmt(a) for a in arg]}"


f = Formatter('>')
print(f.fmt(42))
print(f.fmt('hi'))
print(f.fmt(3.5))
print(f.fmt([1, 'a']))
print(f.fmt.__name__)
