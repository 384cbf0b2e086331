"""Record NumPy's default-kind np.argsort on arrays full of ties, for test/runtime/simdSort.test.ts and
for checking runtime/simdSort.ts + runtime/stdSort.ts at scale.

  python3 scripts/recordArgsort.py > test/runtime/argsortTies.json          (the committed fixture)
  python3 scripts/recordArgsort.py 20 5 full > /tmp/big.json                (a larger check)

Arguments: arrays per (dtype, size), seed, and `full` for sizes up to 3000 for every dtype (the fixture
keeps sizes 1..40 and a few larger ones). Each case: dtype,
values (64-bit integers as strings, floats other than small integers as repr strings, so -0.0/nan/inf
survive), NumPy's argsort.
"""
import json
import sys
import numpy as np

PER = int(sys.argv[1]) if len(sys.argv) > 1 else 2
SEED = int(sys.argv[2]) if len(sys.argv) > 2 else 1
FULL = len(sys.argv) > 3 and sys.argv[3] == 'full'
rng = np.random.default_rng(SEED)
DTYPES = ['int32', 'uint32', 'int64', 'uint64', 'float32', 'float64',
          'bool', 'int8', 'uint8', 'int16', 'uint16', 'float16', 'complex64', 'complex128']
SIZES = list(range(1, 41)) + [47, 63, 64, 65, 100, 127, 128, 129, 200, 255, 256, 257, 258, 300, 383, 500,
                              511, 512, 513, 700, 1000, 1023, 1500, 2048, 3000]
FIXTURE_SIMD = [63, 64, 65, 128, 129, 255, 256, 257, 300, 513, 1000]
FIXTURE_OTHER = [47, 64, 65, 129, 257]


def values(dt, n, style):
    d = np.dtype(dt)
    if d.kind == 'b':
        return rng.integers(0, 2, n).astype(bool)
    if d.kind in 'iu':
        info = np.iinfo(d)
        if style == 'extreme':  # the type's max ties with the network's padding
            pool = np.array([info.min, info.max, 0, 1, info.max - 1], dtype=object)
            return np.array(list(rng.choice(pool, n)), dtype=d)
        k = int(rng.choice([2, 3, 5, 10, 40]))
        base = rng.integers(0, k, n)
        return (base if d.kind == 'u' else base - k // 2).astype(d)
    if d.kind == 'f':
        pool = [0.0, -0.0, 1.5, -2.25, 3.0, 1e3, 0.1]
        if style == 'extreme':
            pool += [np.inf, -np.inf]
        if style == 'nan':
            pool += [np.nan]
        v = np.array(rng.choice(pool[: int(rng.integers(2, len(pool) + 1))], n), dtype=d)
        return v
    # complex
    re = rng.choice([0.0, 1.0, -1.0, 2.0], n)
    im = rng.choice([0.0, 1.0], n)
    if style == 'nan' and n > 2:
        re[rng.integers(0, n)] = np.nan
    return (re + 1j * im).astype(d)


def enc(v, d):
    if d.kind == 'b':
        return [bool(x) for x in v]
    if d.kind in 'iu':
        return [int(x) if d.itemsize < 8 else str(int(x)) for x in v]
    return [fenc(float(x)) for x in v] if d.kind == 'f' else [[fenc(float(x.real)), fenc(float(x.imag))] for x in v]


def fenc(x):
    return x if np.isfinite(x) and not (x == 0 and np.signbit(x)) and x == int(x) else repr(x)


cases = []
for dt in DTYPES:
    d = np.dtype(dt)
    for n in SIZES:
        if not FULL and n > 40 and n not in (FIXTURE_SIMD if dt in DTYPES[:6] else FIXTURE_OTHER):
            continue
        for t in range(PER):
            style = ['plain', 'extreme', 'nan'][(t + n) % 3]
            v = values(dt, n, style)
            cases.append({'dtype': dt, 'values': enc(v, d), 'argsort': np.argsort(v).tolist()})
json.dump({'numpy': np.__version__, 'cases': cases}, sys.stdout, separators=(',', ':'))
