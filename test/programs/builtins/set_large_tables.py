# Sets big enough for tables of 16K-64K slots: union, intersection, differences, copies and
# removals keep CPython's table (iteration) order.
nums = [(i * 7919) % 10007 for i in range(30000)]
a = set(nums[:15000])
b = set(range(5000, 15007))
for r in (a | b, a & b, a - b, b - a, a ^ b, set(a), a.copy(), frozenset(b)):
    items = list(r)
    print(len(r), items[:5], items[-5:], sum(items[::97]))
words = {f"w{i * 31 % 20011}" for i in range(20000)}
print(len(words), sorted(words)[:3], len(words & {f"w{i}" for i in range(0, 40000, 3)}))
c = set(a)
for x in range(0, 10007, 3):
    c.discard(x)
c.update(range(20000, 20050))
print(len(c), list(c)[:8], c.pop(), c.pop(), len(c))
t = {(i % 101, i % 103) for i in range(20000)}
print(len(t), list(t)[:4], (5, 7) in t, (200, 1) in t)
print(a.issubset(a | b), (a & b) <= a, a.isdisjoint(b - a), len(a.symmetric_difference(b)))
