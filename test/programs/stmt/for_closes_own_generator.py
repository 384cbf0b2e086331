# A for loop over a generator it made itself closes it when left early (break, return, an exception):
# the generator's finally blocks and with statements run there, as CPython frees it.
def g(tag):
    try:
        for i in range(3):
            yield i
    finally:
        print("cleanup", tag)
def first():
    for v in g("return"):
        return v
print(first())
for v in g("break"):
    if v == 1:
        break
print("after break")
try:
    for v in g("raise"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)
it = g("named")
for v in it:
    break
print("named not closed yet", next(it))
it.close()
for v in g("exhausted"):
    pass
else:
    print("else")
def bad():
    try:
        yield 1
    finally:
        raise KeyError("in finally")
for v in bad():
    break
print("survived")
class Res:
    def __enter__(self):
        print("open")
        return self
    def __exit__(self, *exc):
        print("close", exc[0])
def lines():
    with Res():
        yield "a"
        yield "b"
for line in lines():
    print(line)
    break
def nested():
    for a in g("outer"):
        for b in g("inner"):
            if b == 1:
                return a, b
print(nested())
