# sorted()/list.sort() over numbers and strs take a native sort plus a stable placement (list.ts stablePerm): equal keys keep their order, reverse=True included, ints/floats/bools/-0.0 mixed
import random
random.seed(7)
def show(x): return [(type(v).__name__, v) for v in x]
out = []
for trial in range(60):
    n = random.choice([0, 1, 2, 5, 17, 40, 100, 300])
    kind = trial % 6
    if kind == 0: a = [random.randint(-5, 5) for _ in range(n)]
    elif kind == 1: a = [random.choice([1, 1.0, True, 0, 0.0, -0.0, False, 2, 2.5, -1.5]) for _ in range(n)]
    elif kind == 2: a = [random.random() * 10 - 5 for _ in range(n)]
    elif kind == 3: a = [round(random.random() * 4, 1) for _ in range(n)]
    elif kind == 4: a = ["".join(random.choice("abcAB") for _ in range(random.randint(0, 3))) for _ in range(n)]
    else: a = [random.choice(["b", "a", "ab", "é", "z", "\u00ff", "\u4e00", "A"]) for _ in range(n)]
    for rev in (False, True):
        out.append(show(sorted(a, reverse=rev)))
        if kind >= 4:
            out.append(sorted(a, key=len, reverse=rev))
        else:
            out.append(show(sorted(a, key=abs, reverse=rev)))
    b = list(a); b.sort(reverse=True); out.append(show(b))
words = "the quick brown fox jumps over the lazy dog again and again".split()
out.append(sorted(words, key=len)); out.append(sorted(words, key=len, reverse=True))
out.append(sorted(range(20), key=lambda i: i % 3)); out.append(sorted(range(20), key=lambda i: -(i % 4), reverse=True))
fl = [i * 0.37 for i in range(1000)]
out.append(sorted(fl, reverse=True)[:5]); out.append(sorted(fl)[:3])
out.append(sorted([3.0, 1, 2.0, 1.0, 3, 0.0, -0.0, 0], reverse=True))
out.append(sorted([float('inf'), -float('inf'), 1e308, -1e308, 0.0]))
for x in out: print(x)
