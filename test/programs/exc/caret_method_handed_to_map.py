# The ^ marker when a method or an operator-module function handed to map() or sorted(key=…) raises:
# the call that ran it (list() consuming the map, sorted()), not the attribute naming the function;
# a property read on the line is still marked at the attribute.
import operator
import traceback


def show():
    for line in traceback.format_exc().splitlines()[1:]:
        print(line.replace(__file__, "FILE"))


class C:
    def half(self, x):
        return 1 / x

    @property
    def bad(self):
        return 1 / 0


c = C()
try:
    print(list(map(c.half, [1, 0])))
except ZeroDivisionError:
    show()
try:
    print(sorted([1, 0], key=c.half))
except ZeroDivisionError:
    show()
try:
    print(list(map(operator.truediv, [1, 2], [1, 0])))
except ZeroDivisionError:
    show()
try:
    print(str(1), c.bad)
except ZeroDivisionError:
    show()
