# Arithmetic and comparisons compiled with inline number fast paths: int/float distinction, overflow
# into big ints, -0.0, division and modulo signs, and the fallbacks for other operand types.

def show(*vals):
    print(*[repr(v) for v in vals])

def ops(a, b):
    show(a + b, a - b, a * b)
    if b != 0:
        show(a / b, a // b, a % b)
    show(a < b, a <= b, a > b, a >= b, a == b, a != b)

pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, -5), (0, 5), (2147483647, 1), (-2147483648, -1),
         (2147483647, 2147483647), (46341, 46341), (65536, 65536), (9007199254740991, 1),
         (0.5, 0.5), (1.5, 0.5), (0.1, 0.2), (-0.5, 0.5), (3, 0.5), (0.5, 4), (2.5, -0.5),
         (1e308, 10.0), (-1e-320, 1e10), (True, 2), (3, False), (2 ** 53, 1), (2 ** 70, 3)]
for a, b in pairs:
    ops(a, b)

x = 0
x -= 0
show(x, -0 * 5, 0 * -5, 0.0 * -5, -0.0 + 0, 0 // -3, 0 % -3, -0.0 * 1)
y = 2147483647
y += 1
show(y, y * y, y * y * y * y)
z = 0.5
z += 0.5
show(z, z - 1.0, 1 - z)
f = 1.5
f *= 2
show(f, 3 / 1, 6 / 3, 7 / 2, -6 // 4, -6 % 4, 6 % -4, -7.5 // 2, -7.5 % 2)
show(float('nan') < 1, float('nan') == float('nan'), float('inf') - 1, 1e308 * 10)
s = 'ab'
s += 'c'
s *= 2
show(s, [1] * 3, 3 * (1,), 'x' * 0, 'x' * -1)

class V:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return V(self.v + (o.v if isinstance(o, V) else o))
    def __radd__(self, o):
        return V(o + self.v)
    def __lt__(self, o):
        return 'lt-result'
    def __repr__(self):
        return f'V({self.v})'

show(V(1) + 2, 3 + V(4), V(1) + V(2), V(1) < 3)
acc = V(0)
acc += 5
acc.v += 2.5
show(acc)
d = {'k': 1}
d['k'] += 1
d['k'] *= 2.5
lst = [1, 2]
lst[0] -= 3
lst[1] //= 0.5
show(d, lst)

for bad in [lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: 1 + 'a', lambda: 'a' < 1]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

def walrus_order():
    n = 1
    r = n + (n := 10)
    return r, n

show(walrus_order())
total = 0
i = 0
while i < 10:
    total += i * i % 7 - i // 3
    i += 1
show(total, i)
