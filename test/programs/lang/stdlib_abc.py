from abc import ABC, ABCMeta, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    @abstractmethod
    def perimeter(self):
        ...
    def describe(self):
        return type(self).__name__ + ' with area ' + str(self.area())

class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    def perimeter(self):
        return 4 * self.s

class Half(Shape):
    def area(self):
        return 1

for cls in [Shape, Half]:
    try:
        cls()
    except TypeError as e:
        print('TypeError', e)
sq = Square(3)
print(sq.describe(), sq.perimeter(), isinstance(sq, Shape), issubclass(Square, Shape), isinstance(sq, ABC))
print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), sorted(Square.__abstractmethods__))
print(type(Shape).__name__, type(Square) is ABCMeta)

class Base(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self):
        pass
    @classmethod
    @abstractmethod
    def make(cls):
        pass

class Impl(Base):
    @property
    def name(self):
        return 'impl'
    @classmethod
    def make(cls):
        return cls()

try:
    Base()
except TypeError as e:
    print('TypeError', e)
print(Impl.make().name)

class Plugin(ABC):
    pass
class Foreign:
    pass
Plugin.register(Foreign)
print(isinstance(Foreign(), Plugin), issubclass(Foreign, Plugin), isinstance(1, Plugin), Plugin() is not None)

class Drawable(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Drawable:
            return hasattr(C, 'draw')
        return NotImplemented
class Pic:
    def draw(self):
        pass
print(isinstance(Pic(), Drawable), isinstance(1, Drawable))

class Animal(ABC):
    def __init__(self, name):
        self.name = name
    @abstractmethod
    def sound(self):
        raise NotImplementedError
class Dog(Animal):
    def sound(self):
        return self.name + ' says woof'
print(Dog('rex').sound())
