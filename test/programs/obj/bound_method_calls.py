# calling bound methods held in variables (no, one, two and three arguments, with defaults), bound
# methods of builtin types, and isinstance/issubclass/getattr called in loops
class Acc:
    def __init__(self):
        self.items = []
    def zero(self):
        return len(self.items)
    def add(self, x):
        self.items.append(x)
        return x
    def pair(self, a, b=10):
        return a * b
    def three(self, a, b, c=1):
        return a + b + c
    def __repr__(self):
        return f"Acc({self.items})"

a = Acc()
zero, add, pair, three = a.zero, a.add, a.pair, a.three
total = 0
for i in range(1000):
    total += add(i) + pair(i) + pair(i, 2) + three(i, 1) + three(i, 1, 2) + zero()
print(total, len(a.items))

out = []
push = out.append
for i in range(5):
    push(i * i)
print(out)
d = {}
setd = d.setdefault
get = d.get
for w in "the cat the hat".split():
    setd(w, len(w))
print(d, get("cat"), get("dog"), get("dog", 0))
words = set()
put = words.add
for w in "b a b c".split():
    put(w)
print(sorted(words))

# wrong argument counts still raise Python's errors
for f, args in [(add, ()), (zero, (1,)), (pair, ()), (push, ()), (push, (1, 2)), (get, ())]:
    try:
        f(*args)
    except TypeError as e:
        print('TypeError:', e)
try:
    add()
except TypeError as e:
    print('TypeError:', e)
try:
    zero(1)
except TypeError as e:
    print('TypeError:', e)
try:
    pair(1, 2, 3)
except TypeError as e:
    print('TypeError:', e)

# a bound method of a class whose method was replaced: the bound object keeps the old function
m = a.add
Acc.add = lambda self, x: -x
print(m(3), a.add(3))

class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == 'yes'
    def __subclasscheck__(cls, sub):
        return sub is int
class Odd(metaclass=Meta):
    pass
class Base: pass
class Sub(Base): pass
n = 0
for v in [1, 'yes', 2.5, True, None, Sub(), Base(), 'no']:
    n += 1
    print(isinstance(v, int), isinstance(v, (str, float)), isinstance(v, Odd), isinstance(v, Base), isinstance(v, object))
print(issubclass(bool, int), issubclass(Sub, Base), issubclass(Base, Sub), issubclass(int, Odd), issubclass(str, Odd), issubclass(Sub, (int, Base)))
print(isinstance(3, int | str), isinstance(None, int | None))
for bad in [lambda: isinstance(1, 2), lambda: issubclass(1, int), lambda: issubclass(int, 1), lambda: getattr(a, 1)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
print(len(getattr(a, 'items')), getattr(a, 'nope', 'default'))
try:
    getattr(a, 'nope')
except AttributeError as e:
    print('AttributeError:', e)
