# Array temporaries read once by the next statement: the statements may run as one fused kernel, and
# everything a NumPy user sees stays the same (values, dtypes, errors, warnings, names still bound)
import numpy as np

rng = np.random.default_rng(7)
a, b, c = rng.random(2000), rng.random(2000), rng.random(2000)

# a chain at module level, ending in a reduction
d = a - b
sq = d * d + c
total = np.sqrt(sq).sum()
print(f"{total:.12f}")

# the same chain in a function, returning the array
def dist(a, b, c):
    d = a - b
    sq = d * d + c
    return np.sqrt(sq)

r = dist(a, b, c)
print(r.dtype, r.shape, r[:4])
print(np.array_equal(r, np.sqrt((a - b) * (a - b) + c)))

# float32 stays float32; Python floats are weak scalars
f, g = a.astype(np.float32), b.astype(np.float32)
h = f * 0.5
k = h + g / 3.0
print(k.dtype, k[:3])

# integers do not fuse: the statements run one by one with the same results
x = np.arange(10)
y = x * 3
z = y - 4
print(z, z.dtype)

# a name read again later is not a temporary: it keeps its value
m = a * 2
n = m + 1
print(m[:2], n[:2])

# inside a loop body
acc = np.zeros(5)
for i in range(3):
    t = a[:5] * i
    u = t + b[:5]
    acc = acc + u
print(acc)

# a broadcast error is raised by the statement that makes it
def bad():
    p = a[:3] * 2
    q = p + b[:4] * 2
    return q

try:
    bad()
except ValueError as e:
    print("ValueError:", e)

# non-finite values: the statements run op by op, as NumPy warns and computes
with np.errstate(divide="ignore", invalid="ignore"):
    w = a / (a - a)
    v = w * 0 + 1
print(v[:3])

# errstate raise: the first statement raises
def strict():
    with np.errstate(divide="raise"):
        s = 1.0 / (a - a)
        return s * 2 + 1

try:
    strict()
except FloatingPointError as e:
    print("FloatingPointError:", e)

# a missing name raises NameError from its own statement
def missing():
    p = a * 2
    q = p + undefined_name * 2
    return q

try:
    missing()
except NameError as e:
    print("NameError:", e)

# 0-d arrays and scalars
o = np.float64(2.0) * a[0]
e0 = o * 3 + 1
print(type(e0).__name__, e0 == (2.0 * a[0]) * 3 + 1)

# statements that end a run: augmented assignments, attribute and item targets, return
class Stats:
    pass

st = Stats()
st.acc = 0.0
total = 0.0
out = np.zeros(3)
cells = [0.0, 0.0]
for i in range(3):
    dd = a - b * i
    total += (dd * dd).sum()
    ee = a * i
    st.acc += (ee + 1).mean()
    ff = b * 2
    out[1] = (ff - a).sum()
    gg = a + 1
    cells[0] += (gg * gg).mean()
    hh = a * 3
    pp, qq = (hh + b).sum(), 1
print(f"{total:.10f} {st.acc:.10f} {out[1]:.10f} {cells[0]:.10f} {pp:.10f} {qq}")

def shift(x, z):
    y = x * 2
    z += y - 1
    return z

zz = np.ones(2000)
print(shift(a, zz)[:3], zz[:3])
