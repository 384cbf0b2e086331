"""Record the expected stdout of test/linalg/cases/*.py with the local python3 + NumPy.

Run from the repository root:  python3 test/linalg/record.py
The .out files are committed; the vitest suite (test/linalg/cases.test.ts) compares ndpy's output to
them and does not need python.
"""
import glob, io, os, sys, contextlib, runpy

here = os.path.dirname(os.path.abspath(__file__))
for path in sorted(glob.glob(os.path.join(here, 'cases', '*.py'))):
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        runpy.run_path(path, run_name='__main__')
    with open(path[:-3] + '.out', 'w') as f:
        f.write(buf.getvalue())
    print('recorded', os.path.relpath(path, here))

# glibc's sin/cos (which CPython and NumPy's FFT twiddles use) on [0, 0.855): runtime/math/glibcSinCos.ts
# must reproduce them bit for bit; values are stored as float.hex strings.
import json, math, random
rng = random.Random(20240611)
args = [rng.uniform(2.0 ** -26, 0.855) for _ in range(1500)] + [rng.uniform(0, 0.126) for _ in range(300)]
args += [2.0 ** rng.uniform(-27, -3) for _ in range(200)]
fixture = [[x.hex(), math.sin(x).hex(), math.cos(x).hex()] for x in args]
os.makedirs(os.path.join(here, 'fixtures'), exist_ok=True)
with open(os.path.join(here, 'fixtures', 'glibc_sincos.json'), 'w') as f:
    json.dump(fixture, f, separators=(',', ':'))
print('recorded fixtures/glibc_sincos.json')
