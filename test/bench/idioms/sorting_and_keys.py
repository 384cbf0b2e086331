# sorting and picking: sorted/list.sort on numbers, strings and keys, reverse, min/max with key
import random
random.seed(3)
floats = [random.random() * 1000 for _ in range(150000)]
ints = [random.randint(0, 10**6) for _ in range(150000)]
words = ["".join(random.choice("abcdefghij") for _ in range(random.randint(2, 8))) for _ in range(60000)]
acc = 0.0
for rep in range(3):
    a = sorted(floats)
    b = sorted(ints, reverse=True)
    c = sorted(words, key=len)
    d = sorted(words)
    e = sorted(range(100000), key=lambda i: (i * 7919) % 1000)
    f = sorted(a, reverse=True)
    acc += a[10] + b[10] + len(c[-1]) + len(d[0]) + e[5] + f[3]
    acc += max(floats) - min(ints) + len(max(words, key=len)) + min(range(1000), key=lambda i: abs(i - 500))
pairs = sorted(zip(ints[:50000], words[:50000]))
print(round(acc, 6), pairs[:2], d[:3], c[:2])
