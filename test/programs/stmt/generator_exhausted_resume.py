# resuming a finished generator: only the resumption that ends it carries the return value; throw()
# into a finished generator raises the exception itself; yield from a finished generator gives None


def compute():
    total = 0
    for i in range(3):
        total += (yield i) or 0
    return total


g = compute()
next(g)
g.send(10)
g.send(20)
try:
    g.send(30)
except StopIteration as e:
    print("first stop:", e.value)
for attempt in range(2):
    try:
        next(g)
    except StopIteration as e:
        print("later stop:", e.value, e.args)
try:
    g.send(None)
except StopIteration as e:
    print("send after end:", e.value)
try:
    g.throw(KeyError("late"))
except KeyError as e:
    print("throw after end:", repr(e))


def guarded():
    try:
        yield "ready"
    except ValueError as e:
        return f"handled {e}"


h = guarded()
print(next(h))
try:
    h.throw(ValueError("boom"))
except StopIteration as e:
    print("throw ends it:", e.value)

fresh = guarded()
try:
    fresh.throw(TypeError("unstarted"))
except TypeError as e:
    print("unstarted:", e)
print(next(fresh, "exhausted"))


def delegate(inner):
    result = yield from inner
    print("delegate got", result)
    yield "after"


done = compute()
for _ in done:
    pass
print(list(delegate(done)))
half = compute()
next(half)
print(list(delegate(half))[-1])
