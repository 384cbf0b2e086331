# f.__closure__: one cell per free variable (co_freevars, sorted), cell_contents showing the variable's
# current value (late binding, nonlocal updates, pass-through free variables of nested functions), None
# for functions without free variables, ValueError for an unbound variable
def make_multiplier_of(n):
    def multiplier(x):
        return x * n
    return multiplier
times3 = make_multiplier_of(3)
times5 = make_multiplier_of(5)
print(make_multiplier_of.__closure__)
print(times3.__closure__[0].cell_contents, times5.__closure__[0].cell_contents, len(times3.__closure__))
print(times3.__code__.co_freevars, make_multiplier_of.__code__.co_freevars)
def outer():
    b = 1; a = [0]
    def mid():
        def inner():
            return a, b
        return inner
    fn = mid()
    b = 2
    return mid, fn
m, fn = outer()
print(m.__code__.co_freevars, fn.__code__.co_freevars, [c.cell_contents for c in fn.__closure__], [c.cell_contents for c in m.__closure__])
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c = counter(); c(); c()
print(c.__closure__[0].cell_contents, c.__code__.co_freevars)
def late():
    def g(): return later
    try:
        g.__closure__[0].cell_contents
    except ValueError as e:
        print("ValueError:", e)
    later = 5
    return g
print(late().__closure__[0].cell_contents)
lam = (lambda k: lambda x: x + k)(10)
print(lam.__closure__[0].cell_contents, lam.__code__.co_freevars, (lambda: 0).__closure__)
def comp():
    z = 3
    def f(): return [z * i for i in range(2)]
    return f
print(comp().__code__.co_freevars, comp()())
def deco(fn):
    def wrapper(*a, **k): return fn(*a, **k)
    return wrapper
@deco
def hello(): return "hi"
print(hello.__closure__[0].cell_contents.__name__, hello())
class K:
    def m(self): return 1
print(K.m.__closure__, len.__class__.__name__)
def f1():
    a = 1; b = 2
    class K:
        x = a
        def m(self): return b
    return K
K = f1()
print(K.m.__code__.co_freevars, [c.cell_contents for c in K.m.__closure__], K.x)
def f2(n):
    def gen():
        for i in range(n): yield i * m
    m = 3
    return gen
g = f2(3); print(g.__code__.co_freevars, list(g()), [c.cell_contents for c in g.__closure__])
def f3():
    xs = [1, 2]
    def inner():
        return [y for y in xs if y > lim]
    lim = 1
    return inner
i3 = f3(); print(i3.__code__.co_freevars, i3())
def f4():
    total = 0
    def add(v):
        nonlocal total
        total += v
        def peek(): return total
        return peek
    return add
add = f4(); p = add(5); add(7)
print(add.__code__.co_freevars, p.__code__.co_freevars, p(), p.__closure__[0].cell_contents)
def f5(x):
    return lambda: (lambda: x)
print(f5(9)().__code__.co_freevars, f5(9)()(), f5(9).__code__.co_freevars)
def f6():
    async def co(): return v
    v = "async"
    return co
print(f6().__code__.co_freevars, f6().__closure__[0].cell_contents)
def f7():
    z = 1
    def a():
        def b():
            def c(): return z
            return c
        return b
    return a
print(f7().__code__.co_freevars, f7()().__code__.co_freevars, f7()()().__code__.co_freevars)
def f8():
    q = 5
    del q
    def r(): return q
    return r
try: f8().__closure__[0].cell_contents
except ValueError as e: print("ValueError:", e)
def outer():
    w = 2
    def deco(fn):
        def wrap(*a): return fn(*a) * w
        return wrap
    @deco
    def base(v): return v
    return base
print(outer()(4), outer().__code__.co_freevars)
