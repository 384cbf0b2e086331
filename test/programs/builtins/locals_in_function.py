# locals() and vars() inside functions: the function's bound locals (parameters first), a new dict
# each call, unbound names left out; at module level they are the globals
def f(a, b=2, *rest, **kw):
    x = a + b
    print(sorted(locals().items()))
    y = x * 2
    return locals()

r = f(1)
print(r, type(r).__name__)
print(f(1, 3, 4, 5, k=6))

def fmt(name, count):
    total = count * 2
    return "{name} has {count} ({total})".format(**locals())
print(fmt("box", 4))

def unbound():
    if False:
        z = 1
    w = 5
    return vars()
print(unbound())

def snapshot():
    a = 1
    first = locals()
    a = 2
    second = locals()
    return first, second, first is second
print(snapshot())

def in_loop():
    seen = []
    for i in range(3):
        total = i * 10
        seen.append(dict(locals()))
    return seen
print(in_loop())

def gen():
    n = 0
    yield sorted(locals())
    n += 1
    yield locals()
print(list(gen()))

class K:
    def method(self, v):
        return sorted(locals())
print(K().method(3))

def shadow():
    locals = lambda: "mine"
    return locals()
print(shadow())
print(sorted(k for k in locals() if not k.startswith("__"))[:3], locals() is globals())
