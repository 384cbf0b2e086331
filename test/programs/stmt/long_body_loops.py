# Loops in long bodies (module code and a long function): the compiler moves them into functions of
# their own (src/compile/outline.ts). Locals must flow in and out, also when an exception or a return
# leaves the loop, and closures must keep seeing the live variables.
import warnings

warnings.simplefilter("always")


def report(values, limit):
    """A long function: its loops are outlined."""
    count = len(values)
    total = sum(values)
    mean = total / count if count else 0.0
    low = min(values) if values else None
    high = max(values) if values else None
    spread = (high - low) if values else 0
    label = f"n={count} total={total} mean={mean:.3f}"
    label2 = "low=%s high=%s spread=%s" % (low, high, spread)
    squares = [v * v for v in values]
    cubes = {v: v ** 3 for v in values if v % 2}
    evens = sorted({v for v in values if v % 2 == 0})
    text = ", ".join(str(v) for v in evens)
    ratio = (count / (spread + 1)) if spread is not None else None
    halves = [v / 2 for v in values[:5]]
    flags = [v > mean for v in values[:6]]
    name = label.upper().replace("=", ":") + "|" + label2.lower()
    # a running sum with a float accumulator
    acc = 0.0
    i = 0
    while i < count:
        acc += values[i] * 0.5
        i += 1
    # a for loop that returns from the function
    for k, v in enumerate(values):
        if v > limit:
            return ("over", k, v, acc, i, name, text, squares[:3], sorted(cubes.items())[:2], ratio, halves, flags)
        for j in range(2):
            acc += j
    else:
        acc = -acc
    return ("done", acc, i, k)


print(report([3, 1, 4, 1, 5, 9, 2, 6], 8))
print(report([3, 1, 4], 8))

# module-level long body
a = 1
b = 2.5
c = "three"
d = [a, b, c]
e = {"a": a, "b": b}
f = (a + 1) * (b - 0.5) / 2
g = c * 2 + str(a) + str(b)
h = [x * 2 for x in range(5)]
k = sum(h) + len(g) + int(f)
m = max(h) - min(h) + abs(-k)
n = divmod(m, 7)
o = round(f * 3.14159, 3)
p = "%05.1f|%-6s|%x" % (o, c, m)
q = sorted(e.items(), key=lambda t: t[0], reverse=True)
r = any(x > 5 for x in h) and all(x >= 0 for x in h)
print(a, b, c, d, e, f, g, h, k, m, n, o, p, q, r)

# exceptions leaving a loop keep the locals' last values
step = 0
try:
    while True:
        step += 1
        if step == 7:
            raise ValueError(f"stop at {step}")
except ValueError as err:
    print("caught:", err, "step", step)

# closures made in a loop see the variable, not a copy
makers = []
for idx in range(3):
    makers.append(lambda: idx * 10)
print([fn() for fn in makers])

# nested loops, break/continue, for/else and while/else
found = None
for row in range(5):
    for col in range(5):
        if col > row:
            break
        if (row * col) % 4 == 3:
            continue
        if row * col == 6:
            found = (row, col)
            break
    if found:
        break
else:
    found = "none"
print("found", found)
w = 0
while w < 3:
    w += 1
else:
    print("while-else ran, w =", w)

# a warning from inside a loop names the loop's line
for t in range(2):
    warnings.warn(f"warned {t}")


def deeper():
    for t in range(1):
        warnings.warn("from deeper", stacklevel=2)


for t in range(1):
    deeper()

# a class defined inside a loop, with zero-argument super()
class Base:
    def hello(self):
        return "base"


kinds = []
for s in range(2):
    class Child(Base):
        def hello(self):
            return "child%d/" % s + super().hello()
    kinds.append(Child().hello())
print(kinds)

# del inside the loop, read after it
gone = 5
for z in range(1):
    del gone
try:
    print(gone)
except NameError as ex:
    print("NameError:", ex)

# the uncaught exception's traceback points into the loop
total = 0
for v in [4, 2, 0, 1]:
    total += 8 // v
