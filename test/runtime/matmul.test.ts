// The WebAssembly matmul kernel (runtime/wasm/matmul.ts) against the same products summed in Python
// loops (float64: Python floats; float32: numpy.float32 scalars, rounding at every step): the kernel
// keeps the reference summation order, so every element must be identical, for any strides.
// float64 products follow NumPy's OpenBLAS routes instead (runtime/linalg/blasMatmul.ts, golden
// test/programs/numpy/matmul_blas_digits.py), so the float32 kernel is the one checked here.
import { describe, it, expect } from 'vitest';
import { createInterpreter } from '../../src/index';

const check = `
import numpy as np
rng = np.random.default_rng(7)

def ref(a, b, dt):
    n, k = a.shape
    m = b.shape[1]
    out = np.empty((n, m), dtype=dt)
    for i in range(n):
        for j in range(m):
            acc = dt(0)
            for t in range(k):
                acc = dt(acc + dt(a[i, t] * b[t, j]))
            out[i, j] = acc
    return out

bad = 0
cases = 0
for dt in (np.float32,):
    for (n, k, m) in [(1, 1, 1), (3, 5, 2), (7, 4, 9), (16, 16, 16), (5, 31, 3)]:
        a = (rng.standard_normal((n, k)) * 10).astype(dt)
        b = (rng.standard_normal((k, m)) * 10).astype(dt)
        views = [(a, b), (np.asfortranarray(a), b), (a, b[::-1][::-1]), (a[:, ::-1], b[::-1, :]), (a.T.copy().T, np.ascontiguousarray(b.T).T)]
        for x, y in views:
            cases += 1
            r = x @ y
            if r.dtype != dt or not np.array_equal(r, ref(x, y, dt)):
                bad += 1
    # batched and vector forms
    s = (rng.standard_normal((2, 3, 4)) * 3).astype(dt)
    t = (rng.standard_normal((4, 5)) * 3).astype(dt)
    r = s @ t
    for q in range(2):
        cases += 1
        if not np.array_equal(r[q], ref(s[q], t, dt)):
            bad += 1
    v = (rng.standard_normal(4)).astype(dt)
    cases += 1
    if not np.array_equal(t.T @ v, ref(t.T, v.reshape(4, 1), dt).ravel()):
        bad += 1
print(cases, bad)
`;

describe('matmul kernel', () => {
  it('matches the reference summation bit for bit', () => {
    let out = '';
    let err = '';
    const py = createInterpreter({ stdout: (s) => (out += s), stderr: (s) => (err += s) });
    const r = py.runScript(check, 'matmul_check.py');
    expect(err).toBe('');
    expect(r.ok).toBe(true);
    expect(out).toBe('28 0\n');
  });
});
