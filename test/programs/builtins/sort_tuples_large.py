# sorting many tuples (enough for the radix path on the first item): ties broken by later items, reverse
# keeping equal tuples in order, ints and floats together, zeros of both signs, strings after numbers,
# tuples of different lengths, and first items that are not all numbers
import random
random.seed(5)
rows = [(random.choice([0.0, -0.0, 1, 1.0, 2.5, -3, 1e300, -1e-300]), random.choice("abc"), random.randint(0, 3)) for _ in range(1500)]
for rev in (False, True):
    s = sorted(rows, reverse=rev)
    print(s[:6], s[-6:])
    print(hash(tuple(map(id, s))) == hash(tuple(map(id, sorted(rows, reverse=rev)))), [repr(r[0]) for r in s[:3]])
ids = list(range(1500))
ids.sort(key=lambda i: (rows[i][0], rows[i][1]))
print(ids[:20], ids[-20:])
ids.sort(key=lambda i: (rows[i][0], rows[i][1]), reverse=True)
print(ids[:20], ids[-20:])
mixed = [(random.randint(0, 5),) * random.randint(1, 3) for _ in range(600)]
print(sorted(mixed)[:12], sorted(mixed, reverse=True)[:12])
words = [(w, i) for i, w in enumerate(random.choice(["x", "y", "z"]) for _ in range(400))]
print(sorted(words)[:5], sorted(words, reverse=True)[:5])
pts = [(random.random(), random.random()) for _ in range(3000)]
s = sorted(pts)
print(all(s[i] <= s[i + 1] for i in range(len(s) - 1)), s[0] == min(pts), s[-1] == max(pts))
