# random: the distributions built on log/exp draw for draw (they use glibc's log/exp, as CPython does)
import random
r = random.Random(2024)
for name, f in [('normalvariate', lambda: r.normalvariate(0, 2)),
                ('lognormvariate', lambda: r.lognormvariate(0.5, 0.7)),
                ('expovariate', lambda: r.expovariate(1.5)),
                ('gammavariate>1', lambda: r.gammavariate(7.5, 2.0)),
                ('gammavariate=1', lambda: r.gammavariate(1.0, 3.0)),
                ('triangular', lambda: r.triangular(1, 4, 3.5)),
                ('uniform', lambda: r.uniform(-1e3, 1e3))]:
    xs = [f() for _ in range(300)]
    print(name, xs[:3], sum(xs), min(xs), max(xs))
random.seed(5)
print([random.randrange(-50, 50, 3) for _ in range(30)])
print([round(random.expovariate(0.1), 9) for _ in range(10)])
