# Rebinding a name that holds a fused result: whatever else still refers to the old array keeps its values.
import numpy as np

a = np.arange(6.0)
b = np.linspace(1.0, 2.0, 6)
c = np.full(6, 0.5)

r = a * b + c
print(r)
for i in range(3):
    r = a * b + c * i
    print(i, r.sum(), r.shape, r.dtype)

# an alias, a list, a dict, a tuple, a view and a reshaped view all keep the old values
s = r
hist = [r]
d = {"x": r}
t = (r, 1)
v = r[1:4]
w = r.reshape(2, 3)
r = a * 2.0 - b
print(s, hist[0], d["x"], t[0], v, w, sep="\n")
print(r)

# an element taken out first is a copy anyway
e = r[2]
r = a - b * 3.0
print(e, r)

# in a function: arguments, returns, closures and generators
kept = []
def keep(x):
    kept.append(x)
    return x

def steps(n):
    out = []
    q = a * b + c
    for k in range(n):
        if k == 1:
            keep(q)
        out.append(float(q.sum()))
        q = q * 0.5 + a
    return q, out

q, out = steps(4)
print(q, out, kept[0])

def gen():
    g = a * b + c
    yield g
    g = a * 3.0 + b
    yield g
    g = g * g - a
    yield g

print(list(gen()))

def with_closure():
    z = a * b + c
    f = lambda: z.sum()
    first = f()
    z = a + b * 2.0
    return first, f()

print(with_closure())

# an operand handed to another object's reflected operator is that object's to keep
class Stash:
    __array_ufunc__ = None
    def __init__(self):
        self.seen = []
    def __radd__(self, other):
        self.seen.append(other)
        return 1.0

st = Stash()
r = a * b + c
x = (r + st) * 2
r = a * b - c
print(x, st.seen[0], r)

# a failed assignment leaves the old value bound
try:
    r = a * b + np.ones(4) * 2
except ValueError as exc:
    print("ValueError:", exc)
print(r)

# in-place updates, del, loop targets and walrus
r = a * b + c
r += 1
u = r
r = a + b * c
print(u, r)
del r
r = a * a + b
print(r)
for r in (a, b):
    pass
r = a * 0.25 + b
print(a, b, r)
print((y := a * b + c), y)
y = a - c * 2.0
print(y)

# values that are not finite are computed operator by operator
with np.errstate(divide="ignore", invalid="ignore"):
    n = a / (a - a) + b
    m = n
    n = a * b + c
print(m, n)

# float32 and 2-d arrays, broadcasting
p = np.arange(12, dtype=np.float32).reshape(3, 4)
col = np.array([[1.0], [2.0], [3.0]], dtype=np.float32)
z = p * col + p
first = z
for i in range(3):
    z = p * col - z * 0.5
print(first, z, sep="\n")
