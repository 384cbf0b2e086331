# classes: bases, super, class attributes, properties, staticmethod, classmethod
class Animal:
    kind = "animal"
    count = 0
    def __init__(self, name):
        self.name = name
        Animal.count += 1
    def speak(self):
        return "..."
    def describe(self):
        return f"{self.name} the {self.kind} says {self.speak()}"
class Dog(Animal):
    kind = "dog"
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed
    def speak(self):
        return "woof"
class Puppy(Dog):
    def speak(self):
        return super().speak() + "!"
a = Animal("generic")
d = Dog("rex", "lab")
p = Puppy("bit", "pug")
for x in (a, d, p):
    print(x.describe())
print(Animal.count, d.breed, Puppy.__mro__ == (Puppy, Dog, Animal, object))
print(Puppy.__name__, Puppy.__bases__[0].__name__)
class Temp:
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("too cold")
        self._c = v
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temp(100)
print(t.celsius, t.fahrenheit)
t.celsius = 0
print(t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(e)
try:
    t.fahrenheit = 1
except AttributeError:
    print("read-only property")
class Util:
    factor = 3
    @staticmethod
    def double(x):
        return x * 2
    @classmethod
    def scaled(cls, x):
        return cls.factor * x
    @classmethod
    def make(cls):
        return cls()
class SubUtil(Util):
    factor = 10
print(Util.double(4), Util().double(5), Util.scaled(2), SubUtil.scaled(2))
print(type(SubUtil.make()).__name__)
class Counter:
    instances = []
    def __init__(self):
        self.instances.append(self)
Counter(); Counter()
print(len(Counter.instances))
inst = Animal("z")
inst.kind = "override"
print(inst.kind, Animal.kind)
class Multi(Dog, object):
    pass
print(Multi("m", "x").speak())
class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B" + super().who()
class C(A):
    def who(self): return "C" + super().who()
class D(B, C):
    def who(self): return "D" + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
bound = d.speak
print(bound(), Dog.speak(d))
