# a metaclass's __setattr__ / __delattr__ / property run for assignments on its classes
class Watched(type):
    def __setattr__(cls, name, value):
        print("set", cls.__name__, name, value)
        if name.isupper():
            raise AttributeError(f"cannot rebind constant {name!r}")
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        print("del", cls.__name__, name)
        super().__delattr__(name)


class Config(metaclass=Watched):
    LIMIT = 10
    level = 1


Config.level = 2
setattr(Config, 'extra', 'x')
try:
    Config.LIMIT = 99
except AttributeError as e:
    print(type(e).__name__, e)
print(Config.LIMIT, Config.level, Config.extra)
del Config.extra
print(hasattr(Config, 'extra'))


class Counted(type):
    @property
    def size(cls):
        return cls._size

    @size.setter
    def size(cls, v):
        print("size setter", v)
        cls._size = v * 2


class Box(metaclass=Counted):
    _size = 1


Box.size = 5
print(Box.size, Box._size)

from enum import Enum

class Weekday(Enum):
    MON = 1
    TUE = 2

try:
    Weekday.MON = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del Weekday.TUE
except AttributeError as e:
    print(type(e).__name__, e)
print(Weekday.MON, list(Weekday))
try:
    Weekday.MON < Weekday.TUE
except TypeError as e:
    print(type(e).__name__, e)
