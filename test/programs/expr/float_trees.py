# float arithmetic trees: integral results, -0.0, int/float mixing, division by zero, abs, comparisons
def show(*vals):
    print(*[repr(v) for v in vals])

def trees(a, b, c):
    show(a * b + 0.5, (a - b) / c, 0.5 * (a + b / c), a * a * 1.0, -a * 2.0, -(a - a) * 1.5)
    show(abs(a - b) * 1.0, abs(a * b - c) > 1e-12 * c, a / c < 0.5, 2.0 * a == b, 1.0 * a != b)
    x = a
    x += 1.0
    x *= 0.5
    x -= b / c
    show(x, a + b + c + 0.0, (a * b) * 2.5, a / 2, c / 2.0)

trees(3, 4, 2)
trees(3.0, 4.0, 2.0)
trees(3, 4.0, 2)
trees(0.0, -0.0, 1.0)
trees(-0.0, 0.0, -1.0)
trees(2**53, 1, 2)
trees(2**60, 3, 5)
trees(True, False, 2.0)
trees(1e308, 1e308, 0.5)
trees(float('inf'), 1.0, 2.0)
trees(float('nan'), 1.0, 2.0)
trees(0.1, 0.2, 0.3)
show(10**20 < 1e20 * 1.0, 10**20 * 1.0 == 1e20, 2**53 + 1 > 2.0**53)

k = 1.0
s = 0.0
while k < 10.0:
    s += k / 2.0 + k * 0.25
    k += 1.0
show(k, s)

for a, c in [(1, 0), (1.0, 0), (1, 0.0), (0.0, -0.0)]:
    try:
        show((a + 0.5) / c)
    except ZeroDivisionError as e:
        print('ZeroDivisionError', e)
    try:
        show(a * 2.0 / (c * 1.0))
    except ZeroDivisionError as e:
        print('ZeroDivisionError', e)

for bad in ['x', None, [1], (2,), 1j]:
    try:
        show(bad * 2.0 + 1.0)
    except TypeError as e:
        print('TypeError', e)
    try:
        show(bad < 1.5)
    except TypeError as e:
        print('TypeError', e)
    try:
        show(abs(bad) * 0.5)
    except TypeError as e:
        print('TypeError', e)

class Num:
    def __init__(self, v):
        self.v = v
    def __mul__(self, o):
        return Num(self.v * o)
    __rmul__ = __mul__
    def __add__(self, o):
        return Num(self.v + o)
    __radd__ = __add__
    def __truediv__(self, o):
        return Num(self.v / o)
    def __abs__(self):
        return Num(-self.v)
    def __lt__(self, o):
        return 'lt'
    def __repr__(self):
        return f'Num({self.v!r})'

n = Num(2)
show(0.5 * n + 1.0, n / 4.0, abs(n) * 1.5, n < 2.0)

calls = []
def abs(v):
    calls.append(v)
    return 10
show(abs(2.5) * 0.5, abs(-3) + 1.0)
print(calls)
del abs

zero = 0
def order():
    try:
        return abs(1.0 / zero) * 2.0 + undefined_name
    except Exception as e:
        return type(e).__name__
print(order())

g = 0.25
def uses_global(v):
    return v * 2.0 + g * 4.0
show(uses_global(1), uses_global(0.5))

def local_abs(abs, v):
    return abs(v) * 1.0 + abs(-v) / 2.0
print(local_abs(lambda x: x + 1, 2), local_abs(float, -3))

def rebind():
    x = 1.5
    class C:
        def __mul__(self, o):
            nonlocal x
            x = 100.0
            return self
        def __abs__(self):
            return 2.0
    c = C()
    return abs(c * 2.0) + x * 1.0, x
print(rebind())
