# method calls on small objects
class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def scale(self, k):
        return Vector(self.x * k, self.y * k)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def norm2(self):
        return self.dot(self)

acc = Vector(0.0, 0.0)
d = Vector(0.5, -0.25)
total = 0.0
for i in range(500000):
    v = Vector(i % 10, i % 7)
    acc = acc.add(v.scale(0.001))
    total += v.dot(d) + acc.norm2() * 1e-9
print(round(acc.x, 6), round(acc.y, 6), round(total, 6))
