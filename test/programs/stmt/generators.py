# generators, yield, yield from, send, return value
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count(4)))
g = count(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration:
    print("exhausted")
def inner():
    yield 1
    yield 2
    return "inner-done"
def outer():
    result = yield from inner()
    print("inner returned", result)
    yield from [3, 4]
    yield from range(5, 7)
print(list(outer()))
def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            return received
        received.append(x)
e = echo()
print(next(e), e.send("a"), e.send("b"))
try:
    e.send(None)
except StopIteration as stop:
    print("return value:", stop.value)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
out = []
for v in fib():
    if v > 100:
        break
    out.append(v)
print(out)
gen = (x * x for x in range(5) if x % 2 == 0)
print(type(gen).__name__, list(gen), list(gen))
print(sum(x for x in range(101)))
def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("generator cleanup")
for v in with_finally():
    print("got", v)
def lazy():
    print("started")
    yield "x"
lz = lazy()
print("created")
print(next(lz))
def gen_exc():
    try:
        yield 1
    except ValueError as err:
        yield "caught " + str(err)
ge = gen_exc()
next(ge)
print(ge.throw(ValueError("thrown in")))
it = iter(count(3))
print(it is iter(it), list(zip(count(3), "abc")))
