"""Records test/random/bulk.json for bulk.test.ts: sequences of bulk draws (sizes around the fill
kernels' block boundaries — 1, odd sizes, an MT19937 key of 624 words, the 8192-draw scratch block —
and past them) followed by single draws, for Generator (PCG64, and MT19937) and RandomState. Each case is
reduced to the sha256 of the concatenated C-order bytes of every result, and the repr of the last
values and of the bit generator's state afterwards, so the test checks both the bulk values and that
the stream continues where NumPy's does.

Run from the repository root: python3 test/random/record_bulk.py
"""
import hashlib
import json
import os

import numpy as np

assert np.__version__ == '2.4.6', np.__version__

SIZES = [1, 7, 17, 623, 625, 1001, 8191, 8193, 20001]

GEN = [
    'r.append(g.random({n})); r.append(np.array([g.random()]))',
    'r.append(g.standard_normal({n})); r.append(np.array([g.standard_normal()]))',
    'r.append(g.integers(0, 100, {n})); r.append(np.array([g.integers(0, 100)]))',
    'r.append(g.integers(5, 2**32 + 5, {n})); r.append(g.integers(0, 7, 3, dtype=np.uint32))',
    'r.append(g.integers(-3, 1000, {n}, dtype=np.int32)); r.append(np.array([g.random()]))',
    'r.append(g.integers(0, 100, {n}, dtype=np.uint32)); r.append(np.array([g.integers(0, 100, dtype=np.uint32)]))',
    'r.append(g.uniform(-1.5, 2.5, {n})); r.append(np.array([g.uniform()]))',
    'r.append(g.normal(1.0, 3.0, {n})); r.append(np.array([g.normal()]))',
    'r.append(g.random({n}, dtype=np.float32)); r.append(g.standard_normal({n}))',
]
LEGACY = [
    'r.append(o.rand({n})); r.append(np.array([o.rand()]))',
    'r.append(o.randn({n})); r.append(np.array([o.randn()]))',
    'r.append(o.randn({n})); r.append(o.randn({n}))',
    'r.append(o.normal(2.0, 0.5, {n})); r.append(o.standard_normal(3))',
    'r.append(o.randint(0, 100, {n})); r.append(np.array([o.randint(0, 100)]))',
    'r.append(o.randint(-7, 2**31, {n}, dtype=np.int64)); r.append(o.randint(0, 9, 5, dtype=np.uint32))',
    'r.append(o.uniform(-1.0, 4.0, {n})); r.append(np.array([o.rand()]))',
    'r.append(o.random_sample({n})); r.append(o.randn(2)); r.append(o.random_sample({n}))',
]

PREFIX = {
    'pcg64': 'g = np.random.default_rng({seed})',
    'mt19937': 'g = np.random.Generator(np.random.MT19937({seed}))',
    'RandomState': 'o = np.random.RandomState({seed})',
    'module': 'np.random.seed({seed}); o = np.random',
}
STATE = {
    'pcg64': 'repr(g.bit_generator.state)',
    'mt19937': 'repr(int(g.bit_generator.state["state"]["pos"]))',
    'RandomState': 'repr(o.get_state()[2:])',
    'module': 'repr(o.get_state()[2:])',
}


def run(kind, seed, body, n):
    code = PREFIX[kind].format(seed=seed) + '\nr = []\n' + body.format(n=n)
    env = {'np': np}
    exec(code, env)
    r = env['r']
    data = b''.join(np.ascontiguousarray(x).tobytes() for x in r)
    last = repr([x.reshape(-1)[-2:].tolist() for x in r])
    state = eval(STATE[kind], env)
    return {'code': code, 'state_expr': STATE[kind], 'sha256': hashlib.sha256(data).hexdigest(), 'last': last, 'state': state}


cases = []
for seed in (0, 7, 2024):
    for i, n in enumerate(SIZES):
        # every size for the main calls, a rotating subset for the rest (keeps the fixture small)
        for j, body in enumerate(GEN):
            if j < 3 or (i + j) % 3 == seed % 3:
                cases.append(run('pcg64', seed, body, n))
                if j in (0, 2, 3):
                    cases.append(run('mt19937', seed, body, n))
        for j, body in enumerate(LEGACY):
            if j < 3 or (i + j) % 3 == seed % 3:
                cases.append(run('RandomState' if (i + j) % 2 else 'module', seed, body, n))

out = os.path.join(os.path.dirname(__file__), 'bulk.json')
with open(out, 'w') as f:
    json.dump({'numpy': np.__version__, 'cases': cases}, f, indent=0)
print(len(cases), 'cases ->', out)
