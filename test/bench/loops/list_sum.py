# list building (append, comprehension, slicing) and summing
def build(n):
    out = []
    for i in range(n):
        out.append(i * 3 % 7)
    return out

total = 0
for rep in range(16):
    a = build(200000)
    b = [x * x for x in a if x > 2]
    total += sum(a) + sum(b) + len(b)
    s = 0
    for v in a:
        s += v
    total += s
    total += sum(a[::3]) - a[-1]
print(total)
