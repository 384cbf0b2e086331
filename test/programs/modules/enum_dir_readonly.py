# enum members' name and value are read-only; an enum with members cannot be extended; dir() of an
# enum class and of its members lists what CPython 3.11's lists
import enum


class Color(enum.Enum):
    RED = 1
    GREEN = 2

    def describe(self):
        return self.name.lower()

    @classmethod
    def default(cls):
        return cls.RED


class Level(enum.IntEnum):
    LOW = 1


class Perm(enum.Flag):
    R = 4
    W = 2


for action in (lambda: setattr(Color.RED, 'value', 3), lambda: setattr(Color.RED, 'name', 'x'),
               lambda: delattr(Color.GREEN, 'value')):
    try:
        action()
    except AttributeError as e:
        print(e)
try:
    class More(Color):
        pass
except TypeError as e:
    print(e)
print(dir(Color))
print(dir(Color.RED))
print(dir(Perm), dir(Perm.R))
print(dir(Level)[:8], 'LOW' in dir(Level), 'bit_length' in dir(Level.LOW), 'LOW' in dir(Level.LOW))
