# function definitions: defaults, *args, keyword-only, **kwargs, annotations
def f(a, b=2, *args, c, d=4, **kwargs):
    return (a, b, args, c, d, sorted(kwargs.items()))
print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=8, d=9, z=0))
def g(x: int, y: "float" = 1.5) -> str:
    return f"{x}:{y}"
print(g(1), g(2, y=3))
print(g.__annotations__ == {"x": int, "y": "float", "return": str})
def kwonly(*, key):
    return key
print(kwonly(key="k"))
def posonly(a, b, /, c):
    return a + b + c
print(posonly(1, 2, c=3), posonly(1, 2, 3))
def star(*args):
    return args
print(star(), star(1), star(*[1, 2], 3, *(4,)))
def kw(**kw):
    return kw
print(kw(a=1, **{"b": 2}))
def mutable_default(x, acc=[]):
    acc.append(x)
    return acc
mutable_default(1)
print(mutable_default(2))
def both(*a, **k):
    return a, k
args = (1, 2)
kwargs = {"z": 3}
print(both(*args, **kwargs))
print(f.__name__, g.__name__)
def defaults_eval(n=len("four")):
    return n
print(defaults_eval())
def doc():
    "the docstring"
    return 1
print(doc.__doc__)
def rec(n):
    return 1 if n <= 1 else n * rec(n - 1)
print(rec(20))
print(f(*[1], **{"c": 0}))
