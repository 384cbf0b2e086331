# non-integral floats (plain JS numbers in ndpy) given to module functions that need an int
import itertools, math, os
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
t('os.urandom', lambda: os.urandom(1.5))
t('os.urandom len', lambda: len(os.urandom(3)))
t('os.close', lambda: os.close(2.5))
t('ldexp', lambda: math.ldexp(0.5, 2.5))
t('ldexp 1.0', lambda: math.ldexp(0.5, 2.0))
t('ldexp int', lambda: math.ldexp(0.5, 3))
for times in (1.5, 2.0, 2, None):
    t(f'repeat {times!r}', lambda: list(itertools.repeat('x', times)) if times is not None else next(itertools.repeat('x')))

# __index__ returning a float is refused
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
for v in (0.5, 2.0, 3):
    t(f'gcd {v!r}', lambda: math.gcd(Idx(v), 6))
    t(f'factorial {v!r}', lambda: math.factorial(Idx(v)))
    t(f'isqrt {v!r}', lambda: math.isqrt(Idx(v)))
    t(f'comb {v!r}', lambda: math.comb(Idx(v), 1))
    t(f'perm {v!r}', lambda: math.perm(4, Idx(v)))
    t(f'lcm {v!r}', lambda: math.lcm(Idx(v), 4))

# decimal context precision must be an int
import decimal
for p in (5.5, 5.0, 0, 7):
    t(f'Context(prec={p!r})', lambda: decimal.Context(prec=p).prec)
    t(f'ctx.prec = {p!r}', lambda: setattr(decimal.Context(), 'prec', p))
