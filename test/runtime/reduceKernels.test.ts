// The reduction kernels that trade memory passes for speed must not change a digit: long sums over
// several memory streams (runtime/wasm/sumStreams.ts), several rows per pass along leading axes and
// np.var's squared deviations summed without temporaries, also those of a difference `(m - mu).var()`
// never made (runtime/wasm/reduceRows.ts). Each is run
// with WebAssembly on and off (the JS reference: pairwise sums, row-by-row ufunc loops, NumPy's _var
// step by step) and the printed results must be identical.
import { describe, it, expect } from 'vitest';
import { setWasmEnabled } from '../../runtime/ufunc';
import { STREAM_MIN } from '../../runtime/wasm/sumStreams';
import { createInterpreter } from '../../src/index';

function run(code: string, wasm: boolean): string {
  let out = '';
  let err = '';
  const py = createInterpreter({ stdout: (s) => (out += s), stderr: (s) => (err += s) });
  setWasmEnabled(wasm);
  try {
    const r = py.runScript(code, 'reduce.py');
    if (!r.ok) throw new Error(err);
  } finally {
    setWasmEnabled(true);
  }
  return out + err;
}

/** the same program with and without WebAssembly */
function same(code: string): string {
  const got = run(code, true);
  expect(got).toBe(run(code, false));
  return got;
}

// values of many magnitudes, so that any change in the order of additions shows in the last digits
const DATA = 'import numpy as np\nrng = np.random.default_rng(5)\ndef data(n, dt="f8"):\n    return (rng.random(n) * 10.0 ** rng.integers(-3, 4, n)).astype(dt)\n';

describe('long sums over several streams', () => {
  it('equal the pairwise sum for lengths around the stream threshold and odd splits', () => {
    const ns = [STREAM_MIN - 1, STREAM_MIN, STREAM_MIN + 1, 4 * STREAM_MIN + 13];
    const out = same(DATA + `for n in ${JSON.stringify(ns)}:\n    x = data(n)\n    print(repr(x.sum()), repr(x.mean()), repr(x[1:].sum()))\n`);
    expect(out.trim().split('\n')).toHaveLength(ns.length);
  });
  it('equal the pairwise sum in float32', () => {
    same(DATA + `for n in [${STREAM_MIN + 5}, 700001]:\n    x = data(n, "f4")\n    print(repr(x.sum()), repr(np.add.reduce(x)))\n`);
  });
});

describe('reductions along leading axes', () => {
  it('sum and prod over axis 0 and leading axis pairs, any row and column count', () => {
    same(
      DATA +
        'for shape in [(17, 37), (8, 16), (9, 2001), (33, 5, 7), (3, 1, 40)]:\n' +
        '    m = data(int(np.prod(shape))).reshape(shape)\n' +
        '    print(repr(m.sum(axis=0)), repr(np.prod(1 + m[:20] / 1000, axis=0)), repr(m.sum(axis=(0, 1)) if m.ndim == 3 else 0))\n' +
        '    f = m.astype(np.float32)\n' +
        '    print(repr(f.sum(axis=0)), repr(f.mean(axis=0)))\n',
    );
  });
  it("var and std over leading axes keep NumPy's digits", () => {
    same(
      DATA +
        'for shape in [(17, 37), (8, 16), (9, 2001), (33, 5, 7)]:\n' +
        '    m = data(int(np.prod(shape))).reshape(shape)\n' +
        '    print(repr(m.var(axis=0)), repr(m.std(axis=0, ddof=1)), repr(np.std(m, axis=0, keepdims=True).shape))\n' +
        '    print(repr(m.astype(np.float32).var(axis=0)), repr(m.var(axis=(0, 1)) if m.ndim == 3 else 0))\n' +
        '    print(repr((m - m.mean(axis=0)).std(axis=0)))\n',
    );
  });
  it('var and std of a difference, without the difference array, keep its digits', () => {
    same(
      DATA +
        'for shape in [(17, 37), (8, 16), (9, 2001), (1, 5), (33, 5, 7)]:\n' +
        '    m = data(int(np.prod(shape))).reshape(shape)\n' +
        '    print(repr((m - m.mean(axis=0)).std(axis=0)), repr((m - m[-1]).var(axis=0, ddof=1)), repr((m - m[:1]).var(0, keepdims=True)))\n' +
        '    f = m.astype(np.float32)\n' +
        '    print(repr((f - f.mean(axis=0)).var(axis=0)), repr((f - f[0]).std(axis=0)))\n' +
        '    if m.ndim == 3:\n' +
        '        print(repr((m - m.mean(axis=(0, 1))).std(axis=(0, 1))), repr((m - m[0, 0]).var(axis=(0, 1))))\n',
    );
  });
  it('var of a difference with an infinite value warns as NumPy does', () => {
    const out = same('import numpy as np\nm = np.ones((20, 30))\nm[3, 4] = np.inf\nv = (m - m[0]).var(axis=0)\nprint(v[4], v[5])\n');
    expect(out).toContain('RuntimeWarning: invalid value encountered in subtract');
    expect(out).toContain('nan 0.0');
  });
  it('var with an infinite value warns as NumPy does', () => {
    const out = same('import numpy as np\nm = np.ones((20, 30))\nm[3, 4] = np.inf\nv = m.var(axis=0)\nprint(v[4], v[5])\n');
    expect(out).toContain('RuntimeWarning: invalid value encountered in subtract');
    expect(out).toContain('nan 0.0');
  });
});
