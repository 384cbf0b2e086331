// The packed WebAssembly matmul (runtime/wasm/matmulPacked.ts, taken from 32³ multiply-adds up, n ≥ 8, m ≥ 4) against
// the reference summation order built from whole-array steps: acc = (…((0 + a[:,0]·b[0,:]) + a[:,1]·b[1,:])…),
// one outer product per t, which is what the triple loop computes element by element. The kernel keeps that
// order across its register tiles, packed panels and t-blocks, so every element must be identical. Shapes
// straddle the tile (4 rows × 4/8 columns), row-block (128), t-block (256) and column-block (2048) edges,
// operands come in every layout (transposed, reversed, sliced, broadcast batches), and non-finite inputs
// check that the zero padding of edge panels never leaks into stored elements. A second suite calls the
// kernel directly, with tiny block sizes so that small matrices cross every block edge many times, against a
// plain triple loop (Math.fround at every step for float32), on random shapes and strides of either sign.
// float64 products up to 10⁶ multiply-adds follow NumPy's OpenBLAS routes instead (runtime/linalg/blasMatmul.ts),
// so the Python-level suite checks float32; the direct suite below still covers both kernels.
import { describe, it, expect } from 'vitest';
import { createInterpreter } from '../../src/index';
import { heap } from '../../runtime/memory';
import { packedMatmul, Tiling } from '../../runtime/wasm/matmulPacked';

const check = `
import numpy as np
rng = np.random.default_rng(11)

def ref(a, b, dt):
    acc = np.zeros((a.shape[0], b.shape[1]), dtype=dt)
    for t in range(a.shape[1]):
        acc = acc + a[:, t:t + 1] * b[t:t + 1, :]
    return acc

def same(r, e, dt):
    return r.dtype == dt and r.shape == e.shape and np.array_equal(r, e, equal_nan=True)

bad = []
cases = 0
shapes = [(8, 64, 64), (9, 33, 130), (130, 257, 11), (64, 512, 37), (127, 300, 129), (8, 4, 2053), (33, 256, 35)]
for dt in (np.float32,):
    for (n, k, m) in shapes:
        a = (rng.standard_normal((n, k)) * 10).astype(dt)
        b = (rng.standard_normal((k, m)) * 10).astype(dt)
        e = ref(a, b, dt)
        af, bt = np.asfortranarray(a), np.ascontiguousarray(b.T).T
        views = [(a, b), (af, b), (a, bt), (af, bt), (a[::-1][::-1], b[:, ::-1][:, ::-1])]
        for i, (x, y) in enumerate(views):
            cases += 1
            if not same(x @ y, e, dt):
                bad.append((dt.__name__, n, k, m, i))
    # strided slices of bigger arrays
    big = (rng.standard_normal((70, 90)) * 4).astype(dt)
    x, y = big[::2, 1::2], big.T[::2, ::3]
    cases += 1
    if not same(x @ y, ref(x, y, dt), dt):
        bad.append((dt.__name__, 'sliced'))
    # a batch against one matrix, broadcast batches, and np.dot
    s = (rng.standard_normal((3, 20, 50)) * 3).astype(dt)
    t = (rng.standard_normal((50, 40)) * 3).astype(dt)
    u = (rng.standard_normal((2, 1, 50, 40)) * 3).astype(dt)
    r, ru = s @ t, s @ u
    for q in range(3):
        cases += 1
        if not same(r[q], ref(s[q], t, dt), dt) or not all(same(ru[p, q], ref(s[q], u[p, 0], dt), dt) for p in range(2)):
            bad.append((dt.__name__, 'batch', q))
    cases += 1
    if not same(np.dot(s[1], t), ref(s[1], t, dt), dt):
        bad.append((dt.__name__, 'dot'))
    # inf and nan in the last rows/columns, next to the padded part of the edge panels
    x = (rng.standard_normal((37, 40))).astype(dt)
    y = (rng.standard_normal((40, 43))).astype(dt)
    x[36, 5] = np.inf
    x[35, 7] = np.nan
    y[9, 42] = -np.inf
    with np.errstate(invalid='ignore'):
        e = ref(x, y, dt)
    cases += 1
    if not same(x @ y, e, dt):
        bad.append((dt.__name__, 'nonfinite'))
print(cases, bad)
`;

describe('packed matmul kernel', () => {
  it('matches the reference summation bit for bit', () => {
    let out = '';
    let err = '';
    const py = createInterpreter({ stdout: (s) => (out += s), stderr: (s) => (err += s) });
    const r = py.runScript(check, 'matmul_packed_check.py');
    expect(err).toBe('');
    expect(r.ok).toBe(true);
    expect(out).toBe('41 []\n');
  });
});

/** a deterministic generator (LCG) so failures reproduce */
function lcg(seed: number) {
  let x = seed >>> 0;
  return () => ((x = (Math.imul(x, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

describe.each(['d', 'f'] as const)('packed matmul kernel, %s, against a triple loop', (ch) => {
  const size = ch === 'd' ? 8 : 4;
  const round = ch === 'd' ? (v: number) => v : Math.fround;
  const tilings: Tiling[] = [
    { mr: 4, nv: 2, kc: 256, mc: 128, nc: 2048 },
    { mr: 4, nv: 2, kc: 3, mc: 8, nc: 8 },
    { mr: 3, nv: 1, kc: 1, mc: 3, nc: 16 },
    { mr: 5, nv: 3, kc: 7, mc: 10, nc: 24 },
  ];
  it.each(tilings)('tiling %o', (tiling) => {
    const kernel = packedMatmul(ch, tiling)!;
    const rand = lcg(tiling.mr * 1000 + tiling.kc);
    for (let trial = 0; trial < 40; trial++) {
      const n = 1 + Math.floor(rand() * 30), k = Math.floor(rand() * 30), m = 1 + Math.floor(rand() * 30);
      // each operand inside a buffer twice as wide in both directions, transposed and/or reversed at random
      const operand = (rows: number, cols: number) => {
        const block = heap.alloc(4 * rows * cols * size + size);
        const buf = ch === 'd' ? new Float64Array(heap.buffer, block.ptr, 4 * rows * cols) : new Float32Array(heap.buffer, block.ptr, 4 * rows * cols);
        for (let i = 0; i < buf.length; i++) buf[i] = round((rand() - 0.5) * 100);
        let s0 = 2 * cols * size * 2, s1 = 2 * size;
        if (rand() < 0.5) [s0, s1] = [2 * size, 4 * rows * size];
        let p = block.ptr;
        if (rand() < 0.3) (p += (rows - 1) * s0), (s0 = -s0);
        if (rand() < 0.3) (p += (cols - 1) * s1), (s1 = -s1);
        const at = (i: number, j: number) => (ch === 'd' ? heap.view().getFloat64(p + i * s0 + j * s1, true) : heap.view().getFloat32(p + i * s0 + j * s1, true));
        return { block, p, s0, s1, at };
      };
      const a = operand(n, k), b = operand(k, m);
      const c = heap.alloc(n * m * size), work = heap.alloc(kernel.workspace(n, k, m));
      kernel.run(a.p, b.p, c.ptr, n, k, m, a.s0, a.s1, b.s0, b.s1, work.ptr);
      let bad = 0;
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < m; j++) {
          let acc = 0;
          for (let t = 0; t < k; t++) acc = round(acc + round(a.at(i, t) * b.at(t, j)));
          const got = ch === 'd' ? heap.view().getFloat64(c.ptr + (i * m + j) * size, true) : heap.view().getFloat32(c.ptr + (i * m + j) * size, true);
          if (!Object.is(got, acc)) bad++;
        }
      }
      expect({ n, k, m, bad }).toEqual({ n, k, m, bad: 0 });
      for (const x of [a.block, b.block, c, work]) heap.free(x);
    }
  });
});
