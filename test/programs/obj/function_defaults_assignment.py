# assigning __defaults__ / __kwdefaults__ changes what later calls bind (positional, keyword and map() calls)
def f(a, b=2, *, c=3, d=4):
    return a, b, c, d
def h(x, y=1, z=2):
    return x, y, z
print(f(1), list(map(f, [1])))
f.__kwdefaults__ = {'c': 30, 'd': 40}
f.__defaults__ = (20,)
print(f(1), list(map(f, [7])), f(1, c=5), f.__defaults__, f.__kwdefaults__)
h.__defaults__ = (10, 20)
print(h(0), h(0, 5), list(map(h, [3])), h(y=7, x=1))
h.__defaults__ = (99,)
print(h(0, 1), h(0, 1, 2), list(map(h, [3], [4])))
try:
    h(0)
except TypeError as e:
    print('TypeError:', e)
h.__defaults__ = (1, 2, 3)
print(h(), h(5))
h.__defaults__ = None
try:
    h(1)
except TypeError as e:
    print('TypeError:', e)
f.__kwdefaults__ = {'c': 0}
try:
    f(1)
except TypeError as e:
    print('TypeError:', e)
f.__kwdefaults__ = None
print(f.__kwdefaults__, f(1, c=1, d=2))
for bad in [lambda: setattr(h, '__defaults__', [1]), lambda: setattr(f, '__kwdefaults__', 5)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
