# round(float, n): the fast path (x * 10**n rounded, then k / 10**n) against CPython bit for bit, ties and near-ties included
import random, struct, hashlib
random.seed(11)
vals = [0.0, -0.0, 0.5, 1.5, 2.5, -0.5, 0.125, 0.375, 2.675, 1.005, -1.005, 0.001, -0.001, -0.004, 1e-320, -1e-320,
        1e15 + 0.3, 4503599627370495.5, 1e22, 123456789.987654321, 5e-324, 0.045, 0.055, 1.45, -2.345]
for _ in range(4000):
    e = random.randint(-12, 16)
    vals.append(random.uniform(-1, 1) * 10 ** e)
    vals.append(random.randint(-10**6, 10**6) / random.choice([2, 4, 8, 10, 100, 1000, 200, 16, 3]))
h = 0
lines = []
for nd in [0, 1, 2, 3, 4, 6, 9, 12, 15, 17, 22]:
    acc = []
    for v in vals:
        r = round(v, nd)
        acc.append(struct.pack('<d', r).hex())
    h = hash(tuple(acc))
    lines.append((nd, acc[:30], hashlib.sha256(",".join(acc).encode()).hexdigest(), len(set(acc))))
for l in lines: print(l)
print([round(v, 2) for v in vals[:25]])
print(round(-0.001, 2), round(-0.0, 3), round(0.004, 2), round(2.5, 0), round(3.5, 0), round(-2.5, 0))
