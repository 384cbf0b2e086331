# __eq__ and __hash__ for use in dicts and sets
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
a, b, c = Point(1, 2), Point(1, 2), Point(2, 1)
print(a == b, a is b, a != c, a == (1, 2))
d = {a: "first"}
d[b] = "second"
d[c] = "third"
print(len(d), d[Point(1, 2)], d)
s = {a, b, c, Point(1, 2)}
print(len(s), Point(2, 1) in s, Point(9, 9) in s)
print([Point(1, 2), Point(3, 3)].index(Point(3, 3)), [a, b, c].count(Point(1, 2)))
class NoHash:
    def __eq__(self, other):
        return True
try:
    {NoHash()}
except TypeError as e:
    print("TypeError:", e)
class Default:
    pass
x = Default()
print(x == x, x == Default(), len({x, x}))
class Weird:
    def __eq__(self, other):
        return "truthy"
print(Weird() == 1, Weird() != 1)
class Ne:
    def __eq__(self, other):
        return NotImplemented
print(Ne() == Ne(), Ne() != 3)
print(hash(1) == hash(1.0), {1: "int", 1.0: "float"}, {True: "a", 1: "b"})
class Key:
    def __init__(self, k): self.k = k
    def __hash__(self): return 1
    def __eq__(self, o): return self.k == o.k
print(len({Key(1), Key(2), Key(1)}))
