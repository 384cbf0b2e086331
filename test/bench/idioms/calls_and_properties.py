# calls: keyword and default arguments, *args, properties, any/all over generator expressions, round(x, n)
class Point:
    def __init__(self, x, y):
        self._x = x
        self._y = y
    @property
    def x(self):
        return self._x
    @property
    def y(self):
        return self._y
    def moved(self, dx=0, dy=0, *, scale=1.0):
        return Point((self._x + dx) * scale, (self._y + dy) * scale)

def clamp(v, lo=0.0, hi=1.0):
    return lo if v < lo else hi if v > hi else v

def total(*args):
    s = 0
    for a in args:
        s += a
    return s

p = Point(0.5, 0.25)
acc = 0.0
for i in range(150000):
    q = p.moved(dy=i % 3, scale=0.5)
    acc += clamp(q.x, hi=0.9) + clamp(q.y, lo=0.1) + total(i, 1, 2) * 1e-6
    acc += round(q.y * 1.37, 2)
vals = [i % 97 for i in range(100000)]
flags = 0
for rep in range(30):
    flags += any(v > 95 for v in vals) + all(v < 97 for v in vals) + any(v < 0 for v in vals[:1000])
print(round(acc, 4), flags)
