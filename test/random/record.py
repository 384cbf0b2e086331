"""Records test/random/fixtures.json: what NumPy 2.4 produces for numpy.random, to compare ndpy against.

Two kinds of fixtures:
- "streams": raw bit-generator output (MT19937 words and doubles under legacy seeding, SeedSequence
  state words, PCG64 seeding and raw 64-bit draws) for the runtime tests of runtime/random/;
- "cases": Python snippets (stored with their expected stdout) run through ndpy by random.test.ts,
  covering every RandomState / Generator method over seeds 0, 1, 42, 12345, 2**32-1 (and big-int and
  sequence seeds for default_rng).

Run from the repository root: python3 test/random/record.py
"""
import contextlib
import io
import json
import os
import warnings

import numpy as np

assert np.__version__ == '2.4.6', np.__version__

SEEDS = [0, 1, 42, 12345, 2**32 - 1]
RNG_SEEDS = SEEDS + [2**100 + 7, [1, 2, 3]]

PRELUDE = '''import numpy as np
def show(x):
    if isinstance(x, np.ndarray):
        print(type(x).__name__, x.dtype, x.shape, x.tolist())
    else:
        print(type(x).__name__, repr(x))
def err(f):
    try:
        f()
        print('no error')
    except Exception as e:
        print(type(e).__name__, e)
'''


def streams():
    out = {'mt19937': [], 'seedseq': [], 'pcg64': []}
    for s in SEEDS + [[1, 2, 3], [0], [2**32 - 1, 7, 99, 12345]]:
        rs = np.random.RandomState(s)
        words = rs.randint(0, 2**32, size=1300, dtype=np.uint32)
        doubles = rs.random_sample(5)
        out['mt19937'].append({'seed': s, 'first': words[:8].tolist(), 'tail': words[-4:].tolist(), 'doubles': doubles.tolist()})
    for e in SEEDS + [2**100 + 7, [1, 2, 3], [2**40, 5], 2**128 + 3]:
        ss = np.random.SeedSequence(e)
        pcg = np.random.PCG64(e)
        st = pcg.state['state']
        out['seedseq'].append({'entropy': str(e), 'u32': ss.generate_state(9).tolist(),
                               'u64': [str(v) for v in ss.generate_state(4, np.uint64)]})
        out['pcg64'].append({'entropy': str(e), 'state': str(st['state']), 'inc': str(st['inc']),
                             'raw': [str(v) for v in pcg.random_raw(6)]})
    # long runs of every sampler, summarised by the sum of their bit patterns modulo 2**64
    out['samplers'] = []

    def digest(x):
        bits = np.frombuffer(np.ascontiguousarray(x).tobytes(), np.uint64 if x.dtype == np.float64 else np.uint32)
        return str(int(bits.astype(np.uint64).sum(dtype=np.uint64)))

    n = 200000
    for s in [0, 12345]:
        runs = {
            'legacy_gauss': lambda: np.random.RandomState(s).standard_normal(n),
            'legacy_exponential': lambda: np.random.RandomState(s).standard_exponential(n),
            'normal': lambda: np.random.default_rng(s).standard_normal(n),
            'normal_f32': lambda: np.random.default_rng(s).standard_normal(n, dtype=np.float32),
            'exponential': lambda: np.random.default_rng(s).standard_exponential(n),
            'exponential_f32': lambda: np.random.default_rng(s).standard_exponential(n, dtype=np.float32),
            'exponential_inv': lambda: np.random.default_rng(s).standard_exponential(n, method='inv'),
            'exponential_inv_f32': lambda: np.random.default_rng(s).standard_exponential(n, method='inv', dtype=np.float32),
        }
        for name, f in runs.items():
            out['samplers'].append({'name': name, 'seed': s, 'n': n, 'digest': digest(f())})
    return out


def legacy_cases(s):
    seed = f'np.random.seed({s})\n'
    return {
        'uniform doubles': seed + '''show(np.random.random()); show(np.random.rand(5)); show(np.random.rand(2, 3))
show(np.random.random_sample((2, 2))); show(np.random.sample(3)); show(np.random.ranf(2)); show(np.random.rand())
show(np.random.random(size=())); show(np.random.rand(0))''',
        'gauss': seed + '''show(np.random.randn()); show(np.random.randn(7)); show(np.random.standard_normal(3))
show(np.random.normal(5, 2, 4)); show(np.random.normal([0, 10], [1, 2])); show(np.random.normal(size=(2, 2)))
show(np.random.normal(1.5)); show(np.random.randn(2, 3)); x = np.random.randn(20001); print(x[::1999].tolist(), x[np.abs(x) > 3.7].tolist())''',
        'randint': seed + '''show(np.random.randint(10)); show(np.random.randint(10, size=6)); show(np.random.randint(-5, 5, size=(2, 3)))
show(np.random.randint(0, 2**40, size=3)); show(np.random.randint(0, 2**32, size=3)); show(np.random.randint(-2**63, 2**63 - 1, size=2))
show(np.random.randint(0, 256, size=7, dtype=np.uint8)); show(np.random.randint(-100, 100, size=5, dtype=np.int8))
show(np.random.randint(0, 1000, size=5, dtype=np.uint16)); show(np.random.randint(-3, 70000, size=5, dtype=np.int32))
show(np.random.randint(2, size=9, dtype=bool)); show(np.random.randint(5, dtype=np.int32)); show(np.random.randint(2, dtype=bool))
show(np.random.randint(0, 2**64, dtype=np.uint64, size=2)); show(np.random.randint(7, 8)); show(np.random.randint(5, dtype=np.int64))
show(np.random.randint([1, 5, 10], [3, 10, 100])); show(np.random.randint(0, [3, 300], size=(2, 2), dtype=np.uint16))
show(np.random.randint(-2**40, [1, 2**50])); show(np.random.randint(np.int64(3), np.uint8(9), size=2)); show(np.random.randint(6.9, size=3))
show(np.random.randint(0, 2**16, size=3, dtype=np.uint16)); show(np.random.randint(1, 2, size=3, dtype=np.int8)); show(np.random.randint(2**31, size=2, dtype=np.int32))
show(np.random.randint(0, 2, size=40, dtype=bool)); show(np.random.randint(0, 3, size=20, dtype=np.uint8))
show(np.random.random_integers(5, size=4)); show(np.random.random_integers(3, 9))''',
        'uniform exponential': seed + '''show(np.random.uniform()); show(np.random.uniform(-3, 7, 4)); show(np.random.uniform([0, 1], [1, 10]))
show(np.random.uniform(2, 1, size=2)); show(np.random.exponential()); show(np.random.exponential(2.5, 3))
show(np.random.standard_exponential(3)); show(np.random.exponential([1, 2])); show(np.random.standard_exponential())
show(np.random.uniform(low=[[0], [5]], high=6, size=(2, 3)))''',
        'choice': seed + '''show(np.random.choice(10)); show(np.random.choice(10, 5)); show(np.random.choice(10, (2, 3)))
show(np.random.choice(10, 5, replace=False)); show(np.random.choice([1.5, 2.5, 3.5], 4, p=[.2, .3, .5]))
show(np.random.choice(5, 3, replace=False, p=[.1, .2, .3, .2, .2])); show(np.random.choice(['a', 'b', 'c'], 2))
show(np.random.choice(5, size=())); show(np.random.choice([1.5, 2.5])); show(np.random.choice(np.arange(20) * 2, 4, replace=False))
show(np.random.choice(4, 2, p=np.array([.25, .25, .25, .25], dtype=np.float32))); show(np.random.choice(3, 0))
show(np.random.choice(7, (2, 2), replace=False, p=[.05, .05, .1, .2, .2, .2, .2]))''',
        'shuffle permutation': seed + '''a = np.arange(10); np.random.shuffle(a); show(a)
m = np.arange(12).reshape(4, 3); np.random.shuffle(m); show(m)
l = list(range(8)); np.random.shuffle(l); print(l)
show(np.random.permutation(7)); show(np.random.permutation([1.5, 2.5, 3.5, 4.5])); show(np.random.permutation(np.arange(6).reshape(3, 2)))
b = np.arange(9, dtype=np.int8); np.random.shuffle(b); show(b)
c = np.arange(9, dtype=np.int16); np.random.shuffle(c); show(c)
d = np.arange(20.0)[::3]; np.random.shuffle(d); show(d)
e = np.arange(24).reshape(2, 3, 4)[:, ::2]; np.random.shuffle(e); show(e)
show(np.random.permutation(np.array(['x', 'yy', 'zzz']))); show(np.random.permutation(1)); show(np.random.permutation(0))''',
        'state object': f'''rs = np.random.RandomState({s})
st = rs.get_state(); a = rs.rand(3); rs.set_state(st); b = rs.rand(3); print(a.tolist() == b.tolist())
print(st[0], st[1].dtype, st[1].shape, st[1][:4].tolist(), st[2], st[3], st[4])
rs.randn(); st2 = rs.get_state(); print(st2[2], st2[3], st2[4]); x = rs.randn(); rs.set_state(st2); print(x == rs.randn())
d = rs.get_state(legacy=False); print(sorted(d.keys()), d['state']['pos'], d['has_gauss'])
show(rs.randint(0, 100, size=4)); show(rs.choice(5, 3)); show(rs.permutation(4)); show(rs.uniform(size=2))
print(rs.bytes(10) == np.random.RandomState({s}).bytes(10), len(rs.bytes(7)))
np.random.seed({s}); print(np.random.bytes(9).hex())
r2 = np.random.RandomState(); r2.seed({s}); show(r2.rand(2))''',
    }


def rng_cases(s):
    g = f'g = np.random.default_rng({s!r})\n'
    return {
        'random': g + '''show(g.random()); show(g.random(5)); show(g.random((2, 2))); show(g.random(3, dtype=np.float32))
show(g.random(dtype=np.float32)); show(g.random(2)); show(g.random(dtype=np.float32)); show(g.random(dtype=np.float32))
show(g.random(size=())); out = np.zeros(3); r = g.random(out=out); print(r is out, out.tolist())''',
        'integers': g + '''show(g.integers(10)); show(g.integers(10, size=6)); show(g.integers(-5, 5, size=(2, 3)))
show(g.integers(0, 2**40, size=3)); show(g.integers(0, 2**32, size=3)); show(g.integers(0, 2**64, dtype=np.uint64, size=2))
show(g.integers(0, 256, size=7, dtype=np.uint8)); show(g.integers(-100, 100, size=5, dtype=np.int8)); show(g.integers(0, 1000, size=5, dtype=np.uint16))
show(g.integers(-30000, 30000, size=5, dtype=np.int16)); show(g.integers(-3, 70000, size=5, dtype=np.int32)); show(g.integers(2, size=9, dtype=bool))
show(g.integers(1, 6, size=10, endpoint=True)); show(g.integers(5, dtype=int)); show(g.integers(2, dtype=bool)); show(g.integers(5, dtype=np.uint32))
show(g.integers([3, 10])); show(g.integers([1, 5, 10], [3, 10, 100], endpoint=True)); show(g.integers(0, [3, 300], size=(2, 2), dtype=np.uint16))
show(g.integers(-2**63, 2**63 - 1, endpoint=True, size=2)); show(g.integers(0, 2**63, size=2)); show(g.integers(2**33, 2**34, size=3))
show(g.integers(0, 3, size=20, dtype=np.uint8)); show(g.integers(0, 2, size=40, dtype=bool)); show(g.integers(7, 8, size=2))
show(g.integers(0, 65536, size=3, dtype=np.uint16)); show(g.integers(0, 2**32 - 1, size=3, endpoint=True, dtype=np.uint32))''',
        'normal exponential': g + '''show(g.standard_normal()); show(g.standard_normal(5)); show(g.normal(3, 2, 5)); show(g.normal([0, 1], [1, 2]))
show(g.standard_normal(5, dtype=np.float32)); show(g.standard_normal(dtype=np.float32)); show(g.exponential()); show(g.exponential(2, 5))
show(g.standard_exponential(5)); show(g.standard_exponential(5, dtype=np.float32)); show(g.standard_exponential(method='inv', size=3))
show(g.standard_exponential(2, dtype=np.float32, method='inv')); show(g.exponential([1, 3]))
x = g.standard_normal(60000); print(x[::2999].tolist(), x[np.abs(x) > 3.6].tolist())
y = g.exponential(size=60000); print(y[::2999].tolist(), y[y > 7.6].tolist())
z = g.standard_normal(60000, dtype=np.float32); print(z[::2999].tolist(), z[np.abs(z) > 3.6].tolist())
w = g.standard_exponential(60000, dtype=np.float32); print(w[::2999].tolist(), w[w > 7.6].tolist())''',
        'uniform': g + '''show(g.uniform()); show(g.uniform(-3, 7, 4)); show(g.uniform([0, 1], [1, 10])); err(lambda: g.uniform(2, 1, size=2))
err(lambda: g.uniform([0, 2], 1)); show(g.uniform(1, 1, size=2)); show(g.uniform(low=[[0], [5]], high=6, size=(2, 3)))''',
        'choice': g + '''show(g.choice(10)); show(g.choice(10, 5)); show(g.choice(10, (2, 3))); show(g.choice(10, 5, replace=False))
show(g.choice(10, 5, replace=False, shuffle=False)); show(g.choice([1.5, 2.5, 3.5], 4, p=[.2, .3, .5]))
show(g.choice(5, 3, replace=False, p=[.1, .2, .3, .2, .2])); show(g.choice(['a', 'b', 'c'], 2)); show(g.choice(5, size=()))
show(g.choice([1.5, 2.5])); show(g.choice(np.arange(12).reshape(4, 3), 2)); show(g.choice(np.arange(12).reshape(4, 3), 2, axis=1))
show(g.choice(np.arange(12).reshape(4, 3))); x = g.choice(20000, 1000, replace=False); print(x[:10].tolist(), int(x.sum()))
x = g.choice(20000, 300, replace=False, shuffle=False); print(x[:10].tolist(), int(x.sum())); show(g.choice(10**10, 3, replace=False))
show(g.choice(30000, 5, replace=False)); show(g.choice(4, 4, replace=False)); show(g.choice(3, 0))''',
        'permutations': g + '''show(g.permutation(8)); show(g.permutation(np.arange(6).reshape(3, 2))); show(g.permutation(np.arange(6).reshape(2, 3), axis=1))
a = np.arange(10); g.shuffle(a); show(a); m = np.arange(12).reshape(3, 4); g.shuffle(m, axis=1); show(m)
l = list(range(8)); g.shuffle(l); print(l); g.shuffle(np.arange(0))
show(g.permuted(np.arange(12).reshape(3, 4), axis=1)); show(g.permuted(np.arange(12).reshape(3, 4), axis=0)); show(g.permuted(np.arange(12).reshape(3, 4)))
show(g.permuted(np.arange(24).reshape(2, 3, 4), axis=1)); show(g.permuted([[1, 2], [3, 4]], axis=-1))
o = np.zeros((2, 3), dtype=np.int64); r = g.permuted(np.arange(6).reshape(2, 3), axis=1, out=o); print(r is o, o.tolist())
show(g.permutation([1.5, 2.5, 3.5])); b = np.arange(9, dtype=np.uint8); g.shuffle(b); show(b)''',
        'state': g + '''st = g.bit_generator.state; print(st['bit_generator'], st['state']['state'], st['state']['inc'], st['has_uint32'], st['uinteger'])
g.integers(0, 10, dtype=np.uint32); st = g.bit_generator.state; print(st['has_uint32'], st['uinteger'])
print(g.bit_generator.seed_seq.entropy == np.random.SeedSequence(''' + repr(s) + ''').entropy)
h = np.random.Generator(np.random.PCG64(''' + repr(s) + ''')); show(h.random(2)); show(np.random.default_rng(h) is h)
k = np.random.default_rng(np.random.PCG64(''' + repr(s) + ''')); show(k.integers(100, size=3))
kids = np.random.default_rng(''' + repr(s) + ''').spawn(2); show(kids[0].random(2)); show(kids[1].random(2))
m = np.random.Generator(np.random.MT19937(''' + repr(s) + ''')); show(m.random(3)); show(m.integers(0, 1000, size=4)); show(m.standard_normal(2))
ss = np.random.SeedSequence(''' + repr(s) + '''); show(ss.generate_state(3)); show(ss.generate_state(2, np.uint64)); show(ss.pool)
print(g.bytes(10) == np.random.default_rng(''' + repr(s) + ''').bytes(10))
print([c.generate_state(2).tolist() for c in ss.spawn(2)], ss.n_children_spawned)
b = np.random.PCG64(''' + repr(s) + '''); show(b.random_raw()); show(b.random_raw(2))''',
    }


ERROR_EXPRS = [
    'g.uniform(0, np.inf)',
    'rs.uniform(0, np.inf)',
    'g.normal(0, -1)',
    'rs.normal(0, -1)',
    'rs.normal(0, -0.0)',
    'g.normal(0, [1, -1])',
    'rs.exponential(-1)',
    'g.exponential([1, -2])',
    'g.integers(5, 5)',
    'g.integers(0, 0)',
    'g.integers(5, 4, endpoint=True)',
    'g.integers(0, -1, endpoint=True)',
    'g.integers(-1, 5, dtype=np.uint8)',
    'g.integers(0, 300, dtype=np.uint8)',
    'g.integers([5, 0], [5, 1])',
    'g.integers([0, 0], [0, 1])',
    'g.integers(0, 5, dtype=np.float64)',
    'rs.randint(0, 5, dtype=np.float64)',
    'g.random(dtype=np.int32)',
    'g.standard_normal(dtype=np.int32)',
    'np.random.seed(-1)',
    'np.random.seed(2**32)',
    'np.random.seed(1.5)',
    'np.random.seed([])',
    'np.random.seed([[1]])',
    'np.random.seed([1, -1])',
    'np.random.default_rng(-1)',
    'np.random.default_rng(1.5)',
    'np.random.default_rng("a")',
    'rs.choice(0)',
    'rs.choice([])',
    'rs.choice([[1, 2]])',
    'rs.choice(3, p=[0.5, 0.5])',
    'rs.choice(3, p=[0.5, 0.5, 0.5])',
    'rs.choice(3, p=[1.5, -0.5, 0])',
    'rs.choice(2, p=[np.nan, 1])',
    'rs.choice(2.5)',
    'g.choice(0)',
    'g.choice([])',
    'g.choice(3, p=[0.5, 0.5])',
    'g.choice(3, p=[0.5, 0.5, 0.5])',
    'g.choice(3, p=[1.5, -0.5, 0])',
    'g.choice(2, p=[np.nan, 1])',
    'g.choice(2.5)',
    'g.choice(3, 5, replace=False)',
    'g.choice(3, 3, replace=False, p=[1, 0, 0])',
    'rs.choice(3, 5, replace=False)',
    'rs.choice(3, 3, replace=False, p=[1, 0, 0])',
    'rs.permutation(2.5)',
    'rs.permutation(np.array(3))',
    'g.permutation(np.array(3))',
    'rs.shuffle(np.array(3))',
    'g.shuffle(np.arange(3), axis=1)',
    'g.permuted(np.arange(6).reshape(2, 3), axis=2)',
    'g.shuffle([1, 2], axis=1)',
    'rs.randint(5, size=-1)',
    'rs.rand(-1)',
    'g.integers(2**64)',
    'g.integers(-2**63 - 1, 0)',
    'rs.randint([1, 2], [0, 5])',
    'rs.randint([0, 0], [0, 5])',
    'rs.uniform([0, 1], [1, np.inf])',
    'rs.normal([0, 0, 0], 1, size=2)',
    'rs.normal([[0], [1]], 1, size=2)',
    'rs.randint(5, dtype=bool)',
    'rs.randint(5, 5)',
    'rs.randint(0, 0)',
    'g.random(2, out=np.zeros(3))',
    'g.random(out=np.zeros(3, dtype=np.float32))',
    'g.random(out=np.zeros(3)[::2])',
    'np.random.SeedSequence(5).generate_state(2, np.int32)',
    'rs.set_state(("PCG64", 1, 2))',
    'rs.randint(-1, 5, dtype=np.uint16)',
    'rs.randint(0, 2**16 + 1, dtype=np.uint16)',
]

# each expression runs inside err() through a lambda (ndpy has no eval)
ERRORS = 'g = np.random.default_rng(0); rs = np.random.RandomState(0)\n' + ''.join(
    'print(%r, end=" -> "); err(lambda: %s)\n' % (e, e) for e in ERROR_EXPRS)

MISC = '''print(repr(np.random.RandomState(1).rand()), type(np.random.RandomState(1).rand()).__name__)
print(type(np.random.default_rng(0)).__name__, type(np.random.RandomState(0)).__name__)
print(repr(type(np.random.default_rng(0))), repr(np.random.RandomState), repr(np.random.Generator))
print(repr(np.random.SeedSequence(5)))
print(repr(np.random.SeedSequence(5).spawn(1)[0]))
print(repr(np.random.default_rng(3).integers(100)), repr(np.random.default_rng(3).random()))
np.random.seed(9); a = np.random.rand(4); np.random.seed(9); print((np.random.rand(4) == a).all())
st = np.random.get_state(); x = np.random.randn(3); np.random.set_state(st); print((np.random.randn(3) == x).all())
from numpy.random import default_rng, RandomState
print(default_rng(7).integers(0, 10, size=5).tolist(), RandomState(7).randint(0, 10, size=5).tolist())
import numpy.random as npr
print(npr.default_rng(8).random())
'''


EXTRA = '''g = np.random.default_rng(np.random.SeedSequence(5)); print(g.random(3).tolist(), g.integers(10, size=3).tolist())
np.random.seed(list(range(1000))); print(np.random.rand(3).tolist())
np.random.seed(np.array([5, 2**32 - 1], dtype=np.uint32)); print(np.random.randint(100, size=4).tolist())
m = np.random.Generator(np.random.MT19937(3)); a = np.arange(10); m.shuffle(a); print(a.tolist(), m.permutation(5).tolist())
g = np.random.default_rng(4); print(g.choice(np.arange(12).reshape(3, 4), 2, axis=1, p=[.1, .2, .3, .4]).tolist())
print(g.choice(5, (2, 2), replace=False, shuffle=False).tolist(), g.integers([[0], [1]], [5, 20, 30]).tolist())
rs = np.random.RandomState(8); print(rs.randint(-5, [0, 5, 10], size=(2, 3)).tolist(), rs.uniform([1, 2], 3).tolist())
print(rs.normal(size=5).tolist(), rs.exponential(size=3).tolist(), rs.choice(10, 3, p=np.full(10, .1)).tolist())
x = np.arange(24).reshape(2, 3, 4); rs.shuffle(x); print(x.tolist())
print(np.random.default_rng(0).standard_exponential(5, method='inv').tolist())
print(np.random.default_rng([0, 1]).normal(size=3).tolist(), np.random.default_rng(2**200).random())
st = np.random.default_rng(3).bit_generator.state; print(st)
np.random.seed(5); print(np.random.random_integers(1, 6, size=5).tolist())
print(repr(np.random.RandomState(1).randint(0, 10, dtype=np.uint8)), repr(np.random.default_rng(1).integers(0, 10, dtype=np.int16)))
'''


def run(code):
    buf = io.StringIO()
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        with contextlib.redirect_stdout(buf):
            exec(PRELUDE + code, {})
    return buf.getvalue()


def main():
    cases = []
    for s in SEEDS:
        for name, code in legacy_cases(s).items():
            cases.append({'name': f'legacy {name} seed={s}', 'code': code})
    for s in RNG_SEEDS:
        for name, code in rng_cases(s).items():
            cases.append({'name': f'generator {name} seed={s!r}', 'code': code})
    cases.append({'name': 'errors', 'code': ERRORS})
    cases.append({'name': 'misc', 'code': MISC})
    cases.append({'name': 'mixed seeds and broadcasting', 'code': EXTRA})
    for c in cases:
        c['stdout'] = run(c['code'])
    data = {'numpy': np.__version__, 'prelude': PRELUDE, 'streams': streams(), 'cases': cases}
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'fixtures.json')
    with open(path, 'w') as f:
        json.dump(data, f, indent=1)
        f.write('\n')


if __name__ == '__main__':
    main()
