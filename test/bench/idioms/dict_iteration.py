# dict and pair loops: items(), enumerate, zip, comprehensions, d[k] += 1, setdefault, get
n = 150000
keys = [f"k{i % 5000}" for i in range(n)]
counts = {}
for k in keys:
    counts[k] = counts.get(k, 0) + 1
tally = {}
for i, k in enumerate(keys):
    if k in tally:
        tally[k] += i % 7
    else:
        tally[k] = 0
groups = {}
for i, k in zip(range(n), keys):
    groups.setdefault(k[-1], []).append(i)
inverse = {v: k for k, v in tally.items()}
total = 0
for rep in range(4):
    for k, v in counts.items():
        total += v + len(k)
    for i, (k, v) in enumerate(tally.items()):
        total += i * v % 11
squares = {i: i * i for i in range(n)}
total += sum(v for k, v in squares.items() if k % 3 == 0)
print(total, len(inverse), sorted(groups)[:3], len(groups["7"]))
