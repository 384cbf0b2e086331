# inheritance, isinstance, issubclass, method resolution
class Shape:
    sides = 0
    def __init__(self, name):
        self.name = name
    def area(self):
        raise NotImplementedError(type(self).__name__ + ".area")
    def __str__(self):
        return f"{self.name}({self.area():.2f})"
class Rect(Shape):
    sides = 4
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"
class Circle(Shape):
    def __init__(self, r):
        Shape.__init__(self, "circle")
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
shapes = [Rect(2, 3), Square(2), Circle(1)]
for s in shapes:
    print(s, s.sides, isinstance(s, Shape), isinstance(s, Rect), type(s).__name__)
print(issubclass(Square, Rect), issubclass(Square, Shape), issubclass(Circle, Rect), issubclass(Rect, object), issubclass(Rect, Rect))
print(isinstance(Square(1), (Circle, Rect)), isinstance(1, (str, int)), isinstance(True, int), isinstance(1, bool))
try:
    Shape("abstract").area()
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(isinstance(ValueError(), Exception), issubclass(KeyError, LookupError), issubclass(bool, int))
print(type(Square(1)) is Square, type(Square(1)) == Rect)
class Base:
    def template(self):
        return "base:" + self.hook()
    def hook(self):
        return "base-hook"
class Child(Base):
    def hook(self):
        return "child-hook"
print(Base().template(), Child().template())
class WithInit:
    def __init__(self):
        self.tag = "set by parent"
class NoInit(WithInit):
    pass
print(NoInit().tag)
class Mixin:
    def greet(self): return "hi from " + self.who()
class Person(Mixin):
    def who(self): return "person"
print(Person().greet())
class Abstractish(int):
    pass
x = Abstractish(5)
print(x + 1, isinstance(x, int), type(x).__name__)
class MyList(list):
    def total(self):
        return sum(self)
ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.total(), len(ml), isinstance(ml, list))
class MyDict(dict):
    def __missing__(self, key):
        return key * 2
md = MyDict(a=1)
print(md["a"], md["zz"])
print(object.__name__, Square.__bases__[0].__name__, [c.__name__ for c in Square.__mro__])
