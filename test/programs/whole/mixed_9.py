# a whole program mixing many language features (recorded from python3)
def f():
    try:
        return "try"
    finally:
        print("finally runs")
print(f())
def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            print("body", i)
        finally:
            print("cleanup", i)
g()
def h():
    try:
        raise ValueError("x")
    except ValueError:
        return "handled"
    finally:
        print("h finally")
print(h())
def nested():
    try:
        try:
            1 / 0
        except ZeroDivisionError as e:
            raise RuntimeError("wrapped") from e
    except RuntimeError as e2:
        return f"{e2} <- {e2.__cause__!r}"
print(nested())
def gen():
    received = yield "first"
    while received != "stop":
        received = yield f"got {received}"
    return "done"
it = gen()
print(next(it), it.send("a"), it.send("b"))
try:
    it.send("stop")
except StopIteration as e:
    print("StopIteration", e.value)
def counter():
    n = 0
    while True:
        n += 1
        try:
            yield n
        except ValueError:
            print("reset")
            n = 0
c = counter()
print(next(c), next(c), c.throw(ValueError), next(c))
c.close()
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(2))))
class Ctx:
    def __init__(self, n): self.n = n
    def __enter__(self): print("enter", self.n); return self
    def __exit__(self, t, v, tb):
        print("exit", self.n, t.__name__ if t else None)
        return t is KeyError
with Ctx(1) as a, Ctx(2) as b:
    print("inside", a.n, b.n)
with Ctx(3):
    raise KeyError("suppressed")
print("after")
try:
    with Ctx(4):
        raise ValueError("propagates")
except ValueError as e:
    print("caught", e)
x = 0
while True:
    x += 1
    if x < 3:
        continue
    break
else:
    print("never")
print(x)
for i in []:
    pass
else:
    print("empty for-else")
print([i for i in range(3)], i if 'i' in dir() else "no i")
funcs = []
for i in range(3):
    funcs.append(lambda i=i: i * 10)
print([fn() for fn in funcs])
def outer():
    vals = []
    def add(v):
        vals.append(v)
        return len(vals)
    return add, vals
add, vals = outer()
add(1); add(2)
print(vals)
