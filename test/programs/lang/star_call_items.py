# f(*name): tuples, lists, other iterables, defaults, varargs, errors
def f(a, b=2, *c):
    return (a, b, c)
t = (1,); l = [1, 2, 3, 4]; e = ()
print(f(*t), f(*l), f(*[5]))
try:
    f(*e)
except TypeError as x:
    print(x)
try:
    f(*5)
except TypeError as x:
    print(x)
def g(*a): return a
print(g(*l), g(*"ab"), g(*range(3)), g(*{1: 2}))
class L(list): pass
print(g(*L([7, 8])), max(*l), print(*l, sep=","))
def h(x, y): return x - y
print(h(*(5, 3)), (lambda *q: q)(*t))
