#!/usr/bin/env python3
"""Generate test/sets/fixtures.json for test/sets/sets.test.ts: set/frozenset iteration order and hash()
values exactly as CPython 3.11 (64-bit) gives them. Every expected output comes from running the programs
here with python3, never by hand. Run: python3 test/sets/gen-fixtures.py

The fixture has three parts:
  programs: {name, src, out}: Python programs that the test runs through the interpreter, comparing stdout.
      They never write an all-constant set display of 3+ items ({1, 2, 3}) or iterate one (for x in {..}):
      CPython compiles those to frozenset constants (see constSetDisplay in src/objects/types/set.ts); the
      `displays` part covers that ordering separately.
  displays: {items, repr, frozen}: all-constant set displays; `items` are the element values (tagged, see
      enc), `repr` is CPython's repr of the display ({..} in a plain expression), or with `frozen` the
      iteration order of the frozenset constant the AST optimizer makes of `for x in {..}`.
  starred: {sets, x, y, repr, repr2}: starred displays {*a, x, *b, y} and {x, *a, *list(b)}, where a and b
      are built by adding then discarding the tagged values in `sets`.
  hashes: {v, hash}: hash() of tagged values (ints, floats from random bit patterns, complex, tuples,
      frozensets), checked in the test with floats boxed and as plain JS numbers.
  u64: {a, b, mul, add}: random 64-bit words for the split 64-bit arithmetic of src/objects/hash.ts.

Only values with deterministic hashes appear (ints, floats, complex, tuples and frozensets of those);
str/bytes hashes are randomized and None's is address-based in 3.11.
"""
import json
import os
import random
import subprocess
import sys

assert sys.version_info[:2] == (3, 11), 'fixtures are pinned to CPython 3.11 semantics'
assert sys.hash_info.width == 64

here = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(20240611)
programs = []


def program(name, src):
    r = subprocess.run([sys.executable, '-c', src], capture_output=True, text=True, env={**os.environ, 'PYTHONHASHSEED': '0'})
    if r.returncode != 0:
        raise SystemExit(f'{name} failed:\n{r.stderr}')
    programs.append({'name': name, 'src': src, 'out': r.stdout})


# ---- value pools ----

def pool(kind):
    if kind == 'small':
        return list(range(0, 24))
    if kind == 'neg':
        return list(range(-40, 41))
    if kind == 'mult8':
        return [8 * i for i in range(-30, 60)] + [32 * i + 1 for i in range(20)]
    if kind == 'wide':
        return [rng.randrange(-10**6, 10**6) for _ in range(60)]
    if kind == 'big':
        return ([rng.randrange(2**40, 2**52) for _ in range(15)] + [-rng.randrange(2**40, 2**52) for _ in range(15)] +
                [2**61 - 1, 2**61, 2**61 + 5, -(2**61) - 3, 2**63, 2**64 + 7, -(2**64) - 9, 2**100, -(2**100) + 1, 2**53, -(2**53), 2**53 + 1] +
                [rng.randrange(2**61, 2**70) for _ in range(8)])
    if kind == 'floats':
        return ([i / 4 for i in range(-20, 20)] + [rng.uniform(-1e6, 1e6) for _ in range(20)] + [1e300, -1e-300, 5e-324, 2.5e-310, 1.7976931348623157e308,
                float('inf'), float('-inf'), 0.1, 0.2, 0.3, 1/3, -2/3, 2.0**70, -(2.0**60) + 0.0, 123456789.125])
    if kind == 'mixed':
        return list(range(-6, 12)) + [0.5, 1.5, -2.5, 3.0, 7.0, 1e20, 2**64, -(2**62)]
    if kind == 'tuples':
        return [(a, b) for a in range(-3, 5) for b in range(0, 4)] + [(), (1,), (1, (2, 3)), (0.5, -1), (2**70, 3), ((), ()), (1, 2, 3, 4, 5)]
    if kind == 'complex':
        return [complex(a, b) for a in (-1.5, 0, 2) for b in (-1, 0, 0.5, 3)] + [1j, 2, 3.5]
    if kind == 'frozen':
        return [frozenset(), frozenset([1]), frozenset([1, 2]), frozenset([2, 1, 3]), frozenset([(1, 2)]), frozenset([frozenset([1])]),
                frozenset(range(10)), frozenset([-1, -2]), frozenset([0.5, 2**70]), 5, (1, frozenset([2]))]
    raise ValueError(kind)


KINDS = ['small', 'neg', 'mult8', 'wide', 'big', 'floats', 'mixed', 'tuples', 'complex', 'frozen']


def lit(v):
    """Python source for a value, without set displays (frozensets are written as frozenset([...]) calls)."""
    if isinstance(v, frozenset):
        return 'frozenset([' + ', '.join(lit(x) for x in v) + '])'
    if isinstance(v, tuple):
        return '(' + ''.join(lit(x) + ', ' for x in v) + ')'
    if isinstance(v, float):
        if v != v:
            return "float('nan')"
        if v in (float('inf'), float('-inf')):
            return '1e999' if v > 0 else '-1e999'  # a constant, so displays holding it are constant displays
        return repr(v)
    return repr(v)


def lits(vs):
    return '[' + ', '.join(lit(v) for v in vs) + ']'


# ---- reprs of sets built from lists ----

lines = []
for kind in KINDS:
    p = pool(kind)
    for n in (1, 2, 3, 5, 8, 13, 20, 40):
        vals = [rng.choice(p) for _ in range(n)]
        lines.append(f'print(set({lits(vals)}))')
        lines.append(f'print(frozenset({lits(vals)}))')
lines.append('print(set([3, 1, 2]), set([10, 20, 3]), set([5, 100, 3, 64]), set([-1, -5, 3]), set([(1, 2), (3, 4), (0, 0)]))')
lines.append('print(set([1, 1.0, True]), set([True, 1, 1.0]), set([0, -0.0, False, 0j]), set([2**61 - 1, 0, 2**61, 1]))')
program('reprs', '\n'.join(lines) + '\n')

# ---- hash() values ----

lines = ['vals = []']
for kind in KINDS:
    lines.append(f'vals += {lits(pool(kind))}')
lines.append('vals += [True, False, -1, -2, 2**61 - 2, -(2**61 - 2), 2**63 - 1, -(2**63), 0.0, -0.0, -1.0, 1e-5, (-1,), (-2,), ((-1,),), (1, 2.0), (1.0, 2)]')
lines.append('vals += [frozenset([(i, j) for i in range(4)]) for j in range(3)] + [complex(-1, 0), complex(0, -1), complex(1e300, -1e300)]')
lines.append('for v in vals:\n    print(repr(v), hash(v))')
program('hashes', '\n'.join(lines) + '\n')

# ---- random add / discard / pop sequences ----

OPS_SRC = '''
def run(ops, show):
    s = set()
    for i, (op, x) in enumerate(ops):
        if op == 0:
            s.add(x)
        elif op == 1:
            s.discard(x)
        elif op == 2:
            try:
                print('pop', s.pop())
            except KeyError as e:
                print('pop', repr(e))
        elif op == 3:
            s.clear()
        elif op == 4:
            try:
                s.remove(x)
            except KeyError as e:
                print('remove', repr(e))
        if i % show == show - 1:
            print(len(s), list(s))
    print('end', s)
'''


def random_ops(p, n, weights):
    ops = []
    for _ in range(n):
        op = rng.choices([0, 1, 2, 3, 4], weights=weights)[0]
        ops.append((op, rng.choice(p)))
    return ops


for kind in KINDS:
    p = pool(kind)
    for variant, (n, weights, show) in enumerate([(60, [6, 2, 1, 0, 1], 7), (300, [5, 4, 1, 0.05, 1], 23), (1500, [5, 3, 2, 0.02, 1], 97)]):
        if kind in ('complex', 'frozen') and variant == 2:
            continue
        ops = random_ops(p, n, weights)
        src = OPS_SRC + 'ops = [' + ', '.join(f'({op}, {lit(x)})' for op, x in ops) + ']\n' + f'run(ops, {show})\n'
        program(f'ops_{kind}_{variant}', src)

# growth past several resizes with discards in between (dummies, the 1/4 rebuild rule, pop's finger)
ops = []
for round in range(6):
    ops += [(0, rng.randrange(-3000, 3000)) for i in range(400)]
    ops += [(rng.choice([1, 1, 2, 4]), rng.randrange(-3000, 3000)) for i in range(250)]
program('ops_growth', OPS_SRC + 'ops = [' + ', '.join(f'({op}, {x})' for op, x in ops) + ']\nrun(ops, 331)\n')

# ---- set algebra ----

ALG_SRC = '''
def mk(adds, dels):
    s = set()
    for x in adds:
        s.add(x)
    for x in dels:
        s.discard(x)
    return s

def show(tag, v):
    print(tag, type(v).__name__, list(v))

def algebra(a, b, c):
    fa, fb = frozenset(a), frozenset(b)
    show('or', a | b); show('ror', b | a); show('and', a & b); show('rand', b & a)
    show('sub', a - b); show('rsub', b - a); show('xor', a ^ b); show('rxor', b ^ a)
    show('f_or', fa | b); show('f_and', fa & b); show('f_sub', fa - b); show('f_xor', fa ^ b); show('or_f', a | fb)
    show('self', a | a); show('self&', a & a); show('self-', a - a); show('self^', a ^ a)
    show('union', a.union(b, c, list(c), range(3))); show('union0', a.union()); show('union_it', a.union(x * 2 for x in c))
    show('inter', a.intersection(b)); show('inter_list', a.intersection(list(b))); show('inter_multi', a.intersection(b, c))
    show('inter_gen', a.intersection(x for x in list(b) + list(a)))
    show('inter0', a.intersection()); show('inter_dict', a.intersection(dict.fromkeys(b)))
    show('diff', a.difference(b)); show('diff_list', a.difference(list(b))); show('diff_multi', a.difference(b, c))
    show('diff_dict', a.difference(dict.fromkeys(b))); show('diff0', a.difference()); show('diff_small', a.difference(list(b)[:1]))
    show('sym', a.symmetric_difference(b)); show('sym_list', a.symmetric_difference(list(b)))
    show('sym_dict', a.symmetric_difference(dict.fromkeys(b)))
    show('copy', a.copy()); show('fcopy', fa.copy()); show('set_set', set(a)); show('fs_fs', frozenset(fa))
    show('set_dict', set(dict.fromkeys(b))); show('set_list', set(list(a)))
    print('rel', a <= b, a < b, a >= b, a == b, a.issubset(b), a.issuperset(b), a.isdisjoint(b), a.issubset(list(b)), a.isdisjoint(list(c)))
    for name, other in (('b', b), ('fb', fb), ('c', c), ('a', a)):
        x = set(a); x |= other; show('ior_' + name, x)
        x = set(a); x &= other; show('iand_' + name, x)
        x = set(a); x -= other; show('isub_' + name, x)
        x = set(a); x ^= other; show('ixor_' + name, x)
        x = a.copy(); x.update(other, list(c)); show('update_' + name, x)
        x = a.copy(); x.intersection_update(list(other)); show('iupd_' + name, x)
        x = a.copy(); x.difference_update(other, list(c)); show('dupd_' + name, x)
        x = a.copy(); x.symmetric_difference_update(list(other)); show('supd_' + name, x)
        x = a.copy(); x.symmetric_difference_update(dict.fromkeys(other)); show('supd_dict_' + name, x)
    x = a.copy(); x &= x; show('iand_self', x)
    x = a.copy(); x -= x; show('isub_self', x)
    x = a.copy(); x ^= x; show('ixor_self', x)
    x = a.copy(); x.intersection_update(); show('iupd0', x)
    x = a.copy()
    pops = []
    while x:
        pops.append(x.pop())
    print('pops', pops)
'''


def rand_set_src(p, n, dels):
    adds = [rng.choice(p) for _ in range(n)]
    ds = [rng.choice(adds + p) for _ in range(dels)] if dels else []
    return f'mk({lits(adds)}, {lits(ds)})'


for kind in ['small', 'neg', 'mult8', 'wide', 'big', 'floats', 'mixed', 'tuples']:
    p = pool(kind)
    for variant, (na, nb, nc, dels) in enumerate([(3, 4, 2, 0), (10, 6, 3, 2), (25, 9, 7, 6), (60, 45, 12, 20), (8, 70, 5, 1)]):
        a = rand_set_src(p, na, dels)
        b = rand_set_src(p, nb, dels // 2)
        c = rand_set_src(p, nc, 0)
        program(f'algebra_{kind}_{variant}', ALG_SRC + f'algebra({a}, {b}, {c})\n')

# ---- big sets: resize thresholds (used*4 / used*2 above 50000), checksums instead of full listings ----

program('big', '''
def digest(s):
    return len(s), sum(i * x for i, x in enumerate(s)) % 1000000007, list(s)[:12], list(s)[-5:]

for n in (5, 6, 10, 11, 19, 20, 21, 40, 100, 1000, 12345, 50001, 60000):
    print(n, digest(set(range(n))), digest(set(range(0, 7 * n, 7))), digest(set(range(-n, n, 3))))
s = set(range(70000))
for i in range(0, 70000, 3):
    s.discard(i)
print(digest(s))
s.update(range(70000, 90000))
print(digest(s))
s -= set(range(100, 60000))
print(digest(s))
t = set()
for i in range(120000):
    t.add(i * 37 % 100003)
print(digest(t))
print(digest(t & set(range(0, 100003, 2))), digest(t ^ set(range(50000, 200000))))
u = {x * x % 65537 for x in range(80000)}
print(digest(u))
''')

# ---- iteration ----

program('iteration', '''
s = set([1, 2, 3, 40, -5])
try:
    for x in s:
        s.add(x + 100)
except RuntimeError as e:
    print('RuntimeError', e)
print(s)
s = set(range(10))
seen = []
for x in s:
    seen.append(x)
    if x == 3:
        s.discard(9)
        s.add(17)
print(seen, s)
it = iter(set([5, 6, 7]))
print(next(it), list(it), list(it))
f = frozenset([3, 2, 1, 300, -300])
print(list(f), sorted(f), [x for x in f], tuple(f), list(enumerate(f)))
print([x for x in set([9, 8, 7, 100, 1000])], list(map(str, set([-9, -8, 33]))), list(zip(set([64, 0, 128]), 'abc')))
''')

# ---- semantics around the order: NaN, user __hash__/__eq__, unhashables, subclasses, generators ----

program('edge', '''
nan = float('nan')
s = set([nan, nan, float('nan'), 1.0, 1])
print(len(s), nan in s, float('nan') in s)
d = {nan: 1}
print(nan in d, float('nan') in d)
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v) % 3
    def __eq__(self, o): return isinstance(o, K) and o.v == self.v
    def __repr__(self): return f'K({self.v})'
ks = set(K(i) for i in range(10))
print(ks, K(3) in ks, K(11) in ks)
ks.discard(K(4)); ks.add(K(20)); print(ks)
for bad in ([1], {1: 2}, {3}):
    try:
        set([bad])
    except TypeError as e:
        print('TypeError', e)
    try:
        print(bad in {1, 2})
    except TypeError as e:
        print('TypeError', e)
s = {1, 2}
try:
    s.remove([1])
except TypeError as e:
    print('TypeError', e)
print({frozenset([1, 2]), frozenset([2, 1]), frozenset()}, frozenset([1,2]) in {frozenset([2,1])})
print({1, 2} in {frozenset([1, 2])})
fs = {frozenset([1]): 'a'}
print(fs[frozenset([1])], hash(frozenset([1, 2, 3])) == hash(frozenset([3, 2, 1])))
class FS(frozenset):
    pass
f = FS([1, 2, 3])
print(hash(f) == hash(frozenset([1, 2, 3])), f == frozenset([1,2,3]), f in {frozenset([1,2,3])}, type(f | {4}).__name__, f | {4})
class S(set):
    pass
x = S([5, 3, 100])
print(x, type(x.copy()).__name__, type(x | {1}).__name__, x | {1}, x & {3, 100}, x - {3})
try:
    hash(x)
except TypeError as e:
    print('TypeError', e)
class Evil:
    def __init__(self, s): self.s = s
    def __hash__(self): return 1
    def __eq__(self, o):
        self.s.clear() if self.s else None
        return False
ev = set()
ev.add(Evil(None)); ev.add(Evil(ev))
print(len(ev))
print(set('abc') == set(['a', 'b', 'c']), sorted(set('hello')))
print(set([True, 1, 1.0]), set([1.0, True, 1]), set([0.0, False, 0, -0.0]))
print(set([2**64, 2**64 + 0.0, 18446744073709551616]))
print(hash(-1), hash(-2), hash(-1.0), hash(2**61 - 1), hash(2**61), hash(-(2**61)), hash(1 << 200), hash(float(1 << 200)))
print(hash(complex(0, 1)), hash(complex(-1, -1)), hash((1, -1)), hash(((),)), hash(frozenset([frozenset()])))
s = set(range(10)); it = iter(s); next(it); s.discard(5); s.add(50)
print(list(it))
print(set(range(5)).pop(), frozenset().union([3, 1, 2]), frozenset([1,2]).copy() is frozenset([1,2]).copy())
a = frozenset([1, 2]); print(frozenset(a) is a, a.copy() is a)
s = set(); s.update({1: 'a', 9: 'b'}, 'x', [3, 2], (7,)); print(len(s))
print(set([1, 2, 3]) <= set([1, 2, 3, 4]), {1, 2} < {1, 2}, {1, 2}.issuperset([1]), {1, 2}.isdisjoint(x for x in [3, 1]))
s = {3, 4}
s.__init__([9, 8, 7]); print(s)
print(set.__hash__, frozenset.__hash__(frozenset([1])) == hash(frozenset([1])))
''')

program('consumption', '''
def g(xs):
    for x in xs:
        print('y', x, end=' ')
        yield x
print({1}.issubset(g([5, 1, 2, 3])))
print({1, 2}.issuperset(g([1, 7, 2])))
print({1, 2}.isdisjoint(g([5, 2, 9])))
print(set([1, 2, 3]).intersection(g([3, 2, 1, 0])))
s = set([1, 2, 3]); s.difference_update(g([1, 5])); print(s)
s = set([1, 2, 3]); s.symmetric_difference_update(g([1, 5])); print(s)
print(set(g(range(3))), frozenset(g([2, 2])))
class S(set):
    def __hash__(self): return 5
s = {S([1])}
print(S([1]) in s, s)
try:
    print({1}.remove(S([1])))
except KeyError as e:
    print('KeyError', e)
''')

# ---- constant set displays ----

def enc(v):
    if isinstance(v, bool):
        return v
    if isinstance(v, int):
        return {'int': str(v)}
    if isinstance(v, float):
        return {'float': repr(v)}
    if isinstance(v, complex):
        return {'complex': [repr(v.real), repr(v.imag)]}
    if isinstance(v, tuple):
        return {'tuple': [enc(x) for x in v]}
    if isinstance(v, frozenset):
        return {'frozenset': [enc(x) for x in v]}
    raise TypeError(v)


displays = []
for kind in ['small', 'neg', 'mult8', 'wide', 'big', 'floats', 'mixed', 'tuples']:
    p = pool(kind)
    for n in (3, 4, 6, 9, 15, 30):
        vals = [rng.choice(p) for _ in range(n)]
        src = '{' + ', '.join(lit(v) for v in vals) + '}'
        code = compile(src, '<display>', 'eval')
        displays.append({'items': [enc(v) for v in vals], 'repr': repr(eval(code)), 'frozen': False})
        code = compile(f'[x for x in {src}]', '<display>', 'eval')
        displays.append({'items': [enc(v) for v in vals], 'repr': repr(eval(code)), 'frozen': True})
for vals in ([-1, -5, 3], [3, 1, 2], [10, 20, 3], [(1, 2), (3, 4), (0, 0)], [1, 1.0, True, 2]):
    src = '{' + ', '.join(lit(v) for v in vals) + '}'
    displays.append({'items': [enc(v) for v in vals], 'repr': repr(eval(compile(src, '<display>', 'eval'))), 'frozen': False})

# starred displays {*a, x, *b, y}: BUILD_SET + SET_UPDATE (a set merges table to table) + SET_ADD
starred = []
for kind in ['small', 'neg', 'mult8', 'wide', 'floats', 'tuples']:
    p = pool(kind)
    for na, nb, dels in ((3, 2, 0), (12, 7, 4), (40, 30, 15), (6, 60, 3)):
        sets = []
        for n in (na, nb):
            adds = [rng.choice(p) for _ in range(n)]
            ds = [rng.choice(adds) for _ in range(dels)]
            sets.append((adds, ds))
        x, y = rng.choice(p), rng.choice(p)

        def mk(adds, ds):
            s = set()
            for v in adds:
                s.add(v)
            for v in ds:
                s.discard(v)
            return s
        a, b = mk(*sets[0]), mk(*sets[1])
        starred.append({'sets': [[[enc(v) for v in adds], [enc(v) for v in ds]] for adds, ds in sets], 'x': enc(x), 'y': enc(y),
                        'repr': repr({*a, x, *b, y}), 'repr2': repr({x, *a, *list(b)})})

# ---- hash() of values built directly (floats both boxed and as plain numbers in the test) ----

import struct
hvals = []
for kind in KINDS:
    hvals += [v for v in pool(kind) if not (isinstance(v, float) and v != v)]
for _ in range(400):  # floats from random bit patterns: every exponent range, subnormals included
    x = struct.unpack('<d', struct.pack('<Q', rng.getrandbits(64)))[0]
    if x == x:
        hvals.append(x)
for _ in range(100):
    hvals.append(rng.uniform(-1, 1) * 2.0 ** rng.randrange(-60, 80))
    hvals.append(rng.randrange(-2**80, 2**80))
    hvals.append((rng.randrange(-50, 50), rng.uniform(-5, 5), (rng.randrange(2**64),)))
hvals += [frozenset(rng.sample(range(-100, 100), rng.randrange(0, 12))) for _ in range(30)]
hvals += [frozenset([(1, 2.5), frozenset([3])]), (frozenset([1]),), complex(0.1, -2.5), complex(-1e300, 3)]
hashes = [{'v': enc(v), 'hash': str(hash(v))} for v in hvals]

# ---- 64-bit arithmetic ----

u64 = []
M = 2**64
for _ in range(300):
    a = rng.choice([rng.randrange(M), rng.randrange(2**32), rng.randrange(2**16), M - 1 - rng.randrange(2**20)])
    b = rng.choice([rng.randrange(M), rng.randrange(2**32), 0xffffffff, 11400714785074694791])
    u64.append({'a': str(a), 'b': str(b), 'mul': str(a * b % M), 'add': str((a + b) % M)})

with open(os.path.join(here, 'fixtures.json'), 'w') as f:
    json.dump({'programs': programs, 'displays': displays, 'starred': starred, 'hashes': hashes, 'u64': u64}, f, indent=0)
    f.write('\n')
print(f'{len(programs)} programs, {len(displays)} displays, {len(starred)} starred, {len(hashes)} hashes, {len(u64)} u64 cases')
