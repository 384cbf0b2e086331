# sorting many items by number keys (large enough for the radix path): duplicates, negatives, zeros of
# both signs, infinities, huge and tiny magnitudes, ints mixed with floats, stability with reverse
import random
random.seed(12)
vals = [random.choice([0.0, -0.0, 1.5, -1.5, float("inf"), -float("inf"), 1e308, -1e-308, 5e-324, 3, -7, 2 ** 52, -(2 ** 52)])
        for _ in range(700)] + [random.uniform(-1e6, 1e6) for _ in range(700)] + [random.randint(-50, 50) for _ in range(700)]
items = list(enumerate(vals))
for rev in (False, True):
    s = sorted(items, key=lambda t: t[1], reverse=rev)
    print(rev, [i for i, _ in s[:25]], [i for i, _ in s[-25:]])
    print([repr(v) for _, v in s[:8]], [repr(v) for _, v in s[-8:]])
    print(hash(tuple(i for i, _ in s)))
words = [f"w{i % 37}" for i in range(1000)]
print(sorted(range(1000), key=lambda i: (i * 7919) % 1000 / 7.0)[:20])
print(sorted(range(1000), key=lambda i: -((i * 31) % 17) * 0.25, reverse=True)[:20])
lst = [(random.random() * 10 // 1, i) for i in range(2000)]
lst.sort(key=lambda t: t[0])
print([i for _, i in lst[:30]])
lst.sort(key=lambda t: t[0], reverse=True)
print([i for _, i in lst[:30]])
print(sorted([0.0, -0.0] * 200, key=lambda x: x)[:6], min([-0.0, 0.0]), max([0.0, -0.0]))
# small non-negative int keys (counted directly), with ties, both directions
ws = ["".join(random.choice("abc") for _ in range(random.randint(0, 6))) for _ in range(900)]
print(sorted(ws, key=len)[:10], sorted(ws, key=len, reverse=True)[:10])
print(sorted(range(900), key=lambda i: (i * 37) % 11)[:15], sorted(range(900), key=lambda i: (i * 37) % 11, reverse=True)[:15])
print(sorted(range(600), key=lambda i: 65535 if i % 2 else 0)[:6], sorted(range(600), key=lambda i: 65536 if i % 3 else 1)[:6])
