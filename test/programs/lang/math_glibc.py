# math.exp, log, log1p and expm1 give CPython's (glibc's) last bits, which are not always the correctly
# rounded ones: a checksum over 30,000 results of each, and a few values printed in full
import math
seed = 12345
def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed / 2147483648
def check(name, f, args):
    acc = 0
    for x in args:
        acc = (acc * 131 + sum(map(ord, f(x).hex()))) % 2305843009213693951
    print(name, len(args), acc)
xs = [(rnd() - 0.5) * 1400 for _ in range(10000)] + [(rnd() - 0.5) * 4 for _ in range(10000)] + [rnd() * 1e-6 for _ in range(10000)]
check('exp', math.exp, xs)
check('log', math.log, [abs(x) + 1e-300 for x in xs] + [math.exp(x) for x in xs[:10000]])
check('log1p', math.log1p, [abs(x) for x in xs])
check('expm1', math.expm1, [x / 1000 for x in xs])
print(repr(math.exp(0.1)), repr(math.log(10)), repr(math.log1p(1e-5)), repr(math.expm1(1e-3)), repr(math.exp(-745.1)), repr(math.log(5e-324)))
