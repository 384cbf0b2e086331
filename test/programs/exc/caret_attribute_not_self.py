# The ^ marker under an AttributeError whose line reads the same attribute of `self` and of another
# operand: the message names a builtin type, which `self` (an instance of the user's class) is not, so
# CPython's marker is under the other operand's attribute.
import traceback


def show():
    for line in traceback.format_exc().splitlines():
        print(line.replace(__file__, "FILE"))


class Shape:
    def __init__(self, size):
        self.size = size

    def area(self):
        return self.size * self.size

    def __lt__(self, other):
        return self.area() < other.area()

    def grow(self, other):
        return self.size + other.size


try:
    print(Shape(2) < 3)
except AttributeError:
    show()

try:
    Shape(1).grow(None)
except AttributeError:
    show()

try:
    Shape(1).grow([1, 2])
except AttributeError:
    show()
