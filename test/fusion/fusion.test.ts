/**
 * Fused array expressions (src/compile/fusion.ts → src/modules/numpy/fusion.ts → runtime/wasm/fused.ts):
 * how many kernels representative expressions launch, the fused IR they compile to, and a differential
 * test — random expression trees over float64/float32 arrays (contiguous, strided, reversed, broadcast,
 * 0-d) and Python numbers, fused against the same expression run op by op in the JS reference
 * evaluator, bit for bit — plus the cases that must not fuse.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { createInterpreter, type Interpreter } from '../../src/index';
import { launches, setWasmEnabled } from '../../runtime/ufunc';
import { fusedRuns } from '../../src/modules/numpy/fusion';

let py: Interpreter;
beforeAll(() => {
  py = createInterpreter({ stdout: () => {}, stderr: () => {} });
  py.run(`import numpy as np
rng = np.random.default_rng(1)
a, b, c = rng.random(1000), rng.random(1000), rng.random(1000)
f, g = a.astype(np.float32), b.astype(np.float32)
m = rng.random((30, 40)); v = rng.random(40)`);
});

/** kernels launched by one statement, and the IR of the last fused one */
function count(code: string): { kernels: number; fused: number; ir: string } {
  const k0 = launches.n, f0 = fusedRuns.n;
  fusedRuns.last = '';
  py.run(code);
  return { kernels: launches.n - k0, fused: fusedRuns.n - f0, ir: fusedRuns.last };
}

describe('kernel counts and IR', () => {
  it('a*b + c is one kernel', () => {
    expect(count('r = a*b + c')).toEqual({ kernels: 1, fused: 1, ir: 'add(multiply(x0, x1), x2) <f8' });
  });
  it('W1 (a*b + c*2.0 - sqrt(a)) is one kernel reading a once', () => {
    expect(count('r = a*b + c*2.0 - np.sqrt(a)')).toEqual({ kernels: 1, fused: 1, ir: 'subtract(add(multiply(x0, x1), multiply(x2, s3)), sqrt(x0)) <f8' });
  });
  it('powers, negation, float32, broadcasting', () => {
    expect(count('r = (a - b)**2 / 2').ir).toBe('true_divide(square(subtract(x0, x1)), s2) <f8');
    expect(count('r = -a * 2 + a ** 0.5 - b ** -1').ir).toBe('subtract(add(multiply(negative(x0), s2), sqrt(x0)), reciprocal(x1)) <f8');
    expect(count('r = f * 0.1 + g').ir).toBe('add(multiply(x0, s2), x1) <f4');
    expect(count('r = m - v * 2').ir).toBe('subtract(x0, multiply(x1, s2)) <f8');
    expect(count('r = np.maximum(a, b) * 2 - np.abs(c)').ir).toBe('subtract(multiply(maximum(x0, x1), s3), absolute(x2)) <f8');
    expect(count('r = np.exp(-a**2 / 2) / np.sqrt(2 * np.pi) + np.log(b)').ir).toBe('add(true_divide(exp(true_divide(negative(square(x0)), s2)), s3), log(x1)) <f8');
    expect(count('r = np.exp(f) + g').fused).toBe(0); // float32 exp is not the SVML loop: not fused
  });
  it('reductions absorb their element-wise producers: one pass, no temporary', () => {
    expect(count('r = ((a - b)**2).mean()')).toEqual({ kernels: 1, fused: 1, ir: 'sum:square(subtract(x0, x1)) <f8' });
    expect(count('r = (a[:, None] + b[None, :]).sum()')).toEqual({ kernels: 1, fused: 1, ir: 'sum:add(x0, x1) <f8' });
    expect(count('r = np.sum(f * g + 1)')).toEqual({ kernels: 1, fused: 1, ir: 'sum:add(multiply(x0, x1), s2) <f4' });
    expect(count('r = np.mean(m - v)').ir).toBe('sum:subtract(x0, x1) <f8');
  });
  it('softmax, np.exp(x) / np.exp(x).sum(), is two kernels: the fused sum, then the fused quotient', () => {
    expect(count('r = np.exp(a) / np.exp(a).sum()')).toEqual({ kernels: 2, fused: 2, ir: 'true_divide(exp(x0), s1) <f8' });
    expect(count('r = np.exp(b) / np.sum(np.exp(b))')).toEqual({ kernels: 2, fused: 2, ir: 'true_divide(exp(x0), s1) <f8' });
    expect(count('r = np.sqrt(f) / np.sum(np.sqrt(f))')).toEqual({ kernels: 2, fused: 2, ir: 'true_divide(sqrt(x0), s1) <f4' });
  });
  it('a full reduction inside a tree is a leaf computed first', () => {
    // a.max() is one kernel, then the sum of squares of a - max is one pass with no temporary
    expect(count('r = ((a - a.max())**2).sum()')).toEqual({ kernels: 2, fused: 1, ir: 'sum:square(subtract(x0, s1)) <f8' });
    expect(count('r = (m - np.min(m)) / (m.max() - m.min()) * 2')).toMatchObject({ fused: 1, ir: 'multiply(true_divide(subtract(x0, s1), s2), s3) <f8' });
  });
  it('a sum of a gather reads the gathered values block by block, with no temporary', () => {
    py.run('idx = rng.integers(-1000, 1000, 5000); rows = idx % 30');
    expect(count('r = a[idx].sum()')).toEqual({ kernels: 1, fused: 1, ir: 'sum:take(x0, i1) <f8' });
    expect(count('r = np.mean(f[idx])')).toEqual({ kernels: 1, fused: 1, ir: 'sum:take(x0, i1) <f4' });
    expect(count('r = m[rows].sum()').fused).toBe(0); // rows of a 2-d array: the plain path
  });
  it('one operation stays a plain ufunc call', () => {
    expect(count('r = a * b')).toEqual({ kernels: 1, fused: 0, ir: '' });
  });
  it('declines: mixed dtypes, integers, complex, other powers, non-ufunc calls', () => {
    for (const code of ['r = a * f + 1', 'r = np.arange(5) * 2 + 1', 'r = a * 1j + 1', 'r = a ** 3 + 1', 'r = a * 2 + np.float32(1)']) {
      expect(count(code).fused, code).toBe(0);
    }
  });
  it('a non-finite value anywhere reruns op by op (warnings as NumPy gives them)', () => {
    const k = count('with np.errstate(all="ignore"): r = 1 / (a - a) * 0');
    expect(k.fused).toBe(0);
    expect(k.kernels).toBe(1 + 3);
    expect(py.run('bool(np.isnan(r).all())')).toBe(true);
  });
});

describe('differential: fused = op by op, bit for bit', () => {
  const OPS = ['+', '-', '*', '/'];
  const CALLS = ['np.sqrt', 'np.abs', 'np.square', 'np.negative', 'np.exp', 'np.log'];
  let seed = 12345;
  const rnd = (n: number) => Math.floor(((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) * n);
  const leaves = ['x', 'y', 'z', '2.5', '3', '0.1', 'w'];
  const expr = (depth: number): string => {
    if (depth === 0 || rnd(4) === 0) return leaves[rnd(leaves.length)];
    switch (rnd(5)) {
      case 0: return `${CALLS[rnd(CALLS.length)]}(${expr(depth - 1)})`;
      case 1: return `(${expr(depth - 1)}) ** ${['2', '0.5', '-1'][rnd(3)]}`;
      case 2: return `-(${expr(depth - 1)})`;
      default: return `(${expr(depth - 1)} ${OPS[rnd(4)]} ${expr(depth - 1)})`;
    }
  };
  const SETUPS: [string, string][] = [
    ['contiguous f8', 'x, y, z, w = (rng.random(257) + 0.5 for _ in range(4))'],
    ['contiguous f4', 'x, y, z, w = ((rng.random(257) + 0.5).astype(np.float32) for _ in range(4))'],
    ['strided and reversed f8', 'base = rng.random(1200) + 0.5; x, y, z, w = base[::3][:300], base[1::4][:300], base[::-2][:300], base[5:305]'],
    ['broadcast 2-d f8', 'x = rng.random((17, 9)) + 0.5; y = rng.random(9) + 0.5; z = rng.random((17, 1)) + 0.5; w = np.float64(1.5) + np.zeros(())'],
    ['short f8 (under 8 elements)', 'x, y, z = (rng.random(5) + 0.5 for _ in range(3)); w = np.float64(1.5) + np.zeros(())'],
    ['long contiguous f8 (pairwise splits past the 32K block)', 'x, y, z = (rng.random(33001) + 0.5 for _ in range(3)); w = np.float64(1.5) + np.zeros(())'],
    ['long contiguous f4 with a splat', 'x, y, z = ((rng.random(33003) + 0.5).astype(np.float32) for _ in range(3)); w = np.float32(0.75) + np.zeros((), np.float32)'],
    ['transposed f4', 'x = (rng.random((9, 13)) + 0.5).astype(np.float32).T; y = (rng.random(9) + 0.5).astype(np.float32); z = x[::-1]; w = np.float32(2) + np.zeros((), np.float32)'],
  ];
  for (const [name, setup] of SETUPS) {
    it(name, () => {
      const p = createInterpreter({ stdout: () => {}, stderr: () => {} });
      p.run(`import numpy as np\nrng = np.random.default_rng(7)\n${setup}`);
      let fusedCount = 0;
      // the long arrays are for the reductions' pairwise splits (and the reference evaluator is slow)
      const long = name.startsWith('long');
      for (let t = 0; t < (long ? 20 : 60); t++) {
        let e = expr(4);
        const f0 = fusedRuns.n;
        const run = (code: string) => {
          try {
            return p.run(code);
          } catch (err) {
            return { error: String(err) }; // (both ways must raise the same, e.g. np.int64(9) ** -1)
          }
        };
        const red = long || rnd(3) === 0 ? ['.sum()', '.mean()'][rnd(2)] : '';
        if (red) e = `(${e})${red}`;
        const fused = run(`r1 = ${e}\nbytes(np.ascontiguousarray(r1).tobytes()) if isinstance(r1, np.ndarray) else repr(r1)`);
        fusedCount += fusedRuns.n - f0;
        setWasmEnabled(false);
        try {
          const plain = run(`r2 = ${e}\nbytes(np.ascontiguousarray(r2).tobytes()) if isinstance(r2, np.ndarray) else repr(r2)`);
          expect(fused, e).toEqual(plain);
          if (!(fused && typeof fused === 'object' && 'error' in fused)) {
            expect(p.run('(r1.dtype == r2.dtype, r1.shape == r2.shape) if isinstance(r1, np.ndarray) else (True, True)'), e).toEqual([true, true]);
          }
        } finally {
          setWasmEnabled(true);
        }
      }
      expect(fusedCount).toBeGreaterThan(long ? 2 : 5);
    });
  }
});

describe('across statements (src/compile/deferred.ts)', () => {
  it('temporaries read once by the next statement fuse into it: one kernel, no temporary', () => {
    py.run('def chain(a, b, c):\n    d = a - b\n    sq = d * d + c\n    return np.sqrt(sq).sum()');
    expect(count('r = chain(a, b, c)')).toEqual({ kernels: 1, fused: 1, ir: 'sum:sqrt(add(multiply(subtract(x0, x1), subtract(x0, x1)), x2)) <f8' });
    py.run('def scaled(a, b):\n    t = a * 2.0\n    u = t + b\n    return u');
    expect(count('r = scaled(a, b)')).toEqual({ kernels: 1, fused: 1, ir: 'add(multiply(x0, s2), x1) <f8' });
  });
  it('a name read again is not a temporary', () => {
    py.run('def twice(a, b):\n    t = a * 2.0\n    u = t + b\n    return u, t');
    expect(count('r = twice(a, b)').kernels).toBe(2);
  });
  it('module variables stay bound unless the program is the whole script', () => {
    expect(py.run('d1 = a - b\nsq1 = d1 * d1 + c\nd1 is not None and sq1 is not None')).toBe(true);
    let err = '';
    const script = createInterpreter({ stdout: () => {}, stderr: (s) => (err += s) });
    const code = 'import numpy as np\na = np.ones(3)\nd = a - 2\nsq = d * d + 1\nprint(sq)\nx = a[:2] * 2\ny = x + a * 3\n';
    const k0 = launches.n;
    expect(script.runScript(code, 'deferred.py', { final: true }).exitCode).toBe(1);
    // the fused first pair was one kernel; the broadcast error comes from the second pair's last line
    expect(err).toContain('File "deferred.py", line 7, in <module>\n    y = x + a * 3\n        ~~^~~~~~~\nValueError: operands could not be broadcast together with shapes (2,) (3,) ');
    expect(launches.n - k0).toBeGreaterThan(1);
    expect(script.globals.get('d')).toBeUndefined();
    expect(script.globals.get('x')).toBeDefined();
  });
  it('errors of the first statement keep its line', () => {
    let err = '';
    const script = createInterpreter({ stdout: () => {}, stderr: (s) => (err += s) });
    script.runScript('import numpy as np\na = np.ones(3)\nd = a[:2] - a\nsq = d * d + 1\n', 'first.py', { final: true });
    expect(err).toContain('File "first.py", line 3, in <module>\n    d = a[:2] - a\n        ~~~~~~^~~\nValueError');
  });
});

describe('differential across statements: a chain of temporaries fused = run statement by statement, bit for bit', () => {
  let seed = 4242;
  const rnd = (n: number) => Math.floor(((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) * n);
  const OPS = ['+', '-', '*', '/'];
  const CALLS = ['np.sqrt', 'np.abs', 'np.square', 'np.exp'];
  const expr = (names: string[], depth: number): string => {
    if (depth === 0 || rnd(3) === 0) return rnd(5) === 0 ? ['2.5', '3', '0.5'][rnd(3)] : names[rnd(names.length)];
    switch (rnd(4)) {
      case 0: return `${CALLS[rnd(CALLS.length)]}(${expr(names, depth - 1)})`;
      case 1: return `-(${expr(names, depth - 1)})`;
      default: return `(${expr(names, depth - 1)} ${OPS[rnd(4)]} ${expr(names, depth - 1)})`;
    }
  };
  for (const [name, setup] of [
    ['f8 vectors', 'x, y, z = (rng.random(301) + 0.5 for _ in range(3))'],
    ['f4 broadcast 2-d', 'x = (rng.random((13, 7)) + 0.5).astype(np.float32); y = (rng.random(7) + 0.5).astype(np.float32); z = x[::-1]'],
  ] as const) {
    it(name, () => {
      const p = createInterpreter({ stdout: () => {}, stderr: () => {} });
      p.run(`import numpy as np\nrng = np.random.default_rng(3)\n${setup}`);
      let fusedCount = 0;
      for (let t = 0; t < 40; t++) {
        // t1 = …; t2 = … (may read t1, read once or twice); the last statement reads the rest
        const names = ['x', 'y', 'z'];
        const lines: string[] = [];
        const temps = 1 + rnd(3);
        for (let i = 1; i <= temps; i++) {
          lines.push(`    t${i} = ${expr(names, 3)}`);
          names.push(`t${i}`);
        }
        const red = rnd(2) ? '.sum()' : '';
        lines.push(`    return (${expr(names, 3)} + t${temps})${red}`);
        const fn = `def chain(x, y, z):\n${lines.join('\n')}\n`;
        const run = () => {
          try {
            p.run(fn);
            return p.run('r = chain(x, y, z)\nbytes(np.ascontiguousarray(r).tobytes()) if isinstance(r, np.ndarray) else repr(r)');
          } catch (err) {
            return { error: String(err) };
          }
        };
        const f0 = fusedRuns.n;
        const fused = run();
        fusedCount += fusedRuns.n - f0;
        setWasmEnabled(false);
        try {
          expect(fused, fn).toEqual(run());
        } finally {
          setWasmEnabled(true);
        }
      }
      expect(fusedCount).toBeGreaterThan(10);
    });
  }
});
