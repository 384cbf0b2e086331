# calls through a module's attributes and through builtin methods bound to objects
import math, random, types

print(math.sqrt(16), math.floor(2.7), random.Random(5).random())
random.seed(3)
print([round(random.random(), 6) for _ in range(3)], random.randint(1, 9))

m = types.ModuleType("m")
m.double = lambda x: 2 * x
m.__getattr__ = lambda name: (lambda *a: f"missing {name}{a}")
print(m.double(21), m.nothing(1, 2))
m.double = str.upper
print(m.double("abc"))

up = types.MethodType(str.upper, "hello")
print(up())
bad = types.MethodType(str.upper, 5)
try:
    bad()
except TypeError as e:
    print("TypeError:", e)
app = [].append
app(1)
r = random.Random(7)
f = r.random
print(round(f(), 9), round(r.uniform(1, 2), 9))
try:
    f(1)
except TypeError as e:
    print("TypeError:", e)
d = {}
setd = d.setdefault
print(setd("k", 3), setd("k", 4), d)
# a call site that cached a module's attribute sees it replaced or removed
import math as mm
out = []
for i in range(6):
    if i == 2:
        mm.floor = lambda x: "patched"
    if i == 4:
        del mm.floor
    try:
        out.append(mm.floor(2.5))
    except AttributeError as e:
        out.append(str(e))
print(out)
fake = types.ModuleType("fake")
fake.f = len
res = []
for i in range(4):
    res.append(fake.f("abc"))
    fake.__dict__["f"] = str.upper if i == 1 else fake.f
    if i == 2:
        vars(fake).update(f=lambda s: "via vars")
print(res)
