// Bulk draws (the fill kernels of runtime/random/wasmKernels.ts and the block-buffered samplers of
// runtime/random/bulk.ts) against NumPy 2.4.6: sequences of fills at sizes around the kernels' block
// boundaries followed by single draws, recorded by test/random/record_bulk.py (sha256 of every result's
// bytes, the last values, and the bit generator's state afterwards — the stream must continue where
// NumPy's does). Each case runs with WebAssembly on and off (the JS fallbacks), and a few fills are also
// checked against the one-draw-at-a-time reference path inside ndpy.
import { describe, it, expect, afterAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import './harness';
import { createInterpreter } from '../../src/index';
import { setWasmEnabled } from '../../runtime/ufunc';

interface Case {
  code: string;
  state_expr: string;
  sha256: string;
  last: string;
  state: string;
}

const fx: { cases: Case[] } = JSON.parse(readFileSync(join(__dirname, 'bulk.json'), 'utf8'));

function runCase(c: Case): { sha256: string; last: string; state: string } {
  const py = createInterpreter({});
  py.run('import numpy as np');
  py.run(c.code);
  const [bytes, last, state] = py.run(`(b''.join([np.ascontiguousarray(x).tobytes() for x in r]), repr([x.reshape(-1)[-2:].tolist() for x in r]), ${c.state_expr})`) as [Uint8Array, string, string];
  return { sha256: createHash('sha256').update(bytes).digest('hex'), last, state };
}

afterAll(() => setWasmEnabled(true));

for (const wasm of [true, false]) {
  describe(`bulk draws against NumPy (WebAssembly ${wasm ? 'on' : 'off'})`, () => {
    it('has cases', () => expect(fx.cases.length).toBeGreaterThan(200));
    for (const c of fx.cases) {
      it(c.code.replace(/\n/g, '; '), () => {
        setWasmEnabled(wasm);
        try {
          expect(runCase(c)).toEqual({ sha256: c.sha256, last: c.last, state: c.state });
        } finally {
          setWasmEnabled(true);
        }
      });
    }
  });
}

// the bulk fill against the same draws taken one at a time (the reference path), same seed
const PAIRS: [string, string, string][] = [
  ['np.random.default_rng({seed})', 'g.random(N)', 'g.random()'],
  ['np.random.default_rng({seed})', 'g.standard_normal(N)', 'g.standard_normal()'],
  ['np.random.default_rng({seed})', 'g.integers(0, 1000, N)', 'g.integers(0, 1000)'],
  ['np.random.default_rng({seed})', 'g.uniform(2.0, 5.0, N)', 'g.uniform(2.0, 5.0)'],
  ['np.random.Generator(np.random.MT19937({seed}))', 'g.random(N)', 'g.random()'],
  ['np.random.RandomState({seed})', 'g.rand(N)', 'g.rand()'],
  ['np.random.RandomState({seed})', 'g.randn(N)', 'g.randn()'],
  ['np.random.RandomState({seed})', 'g.randint(0, 77, N)', 'g.randint(0, 77)'],
];

describe('bulk fills equal one-at-a-time draws', () => {
  for (const [make, bulk, one] of PAIRS) {
    for (const n of [1, 33, 625, 8193, 17001]) {
      it(`${make}: ${bulk} for N=${n}`, () => {
        const py = createInterpreter({});
        py.run('import numpy as np');
        const code = bulk.replace('N)', `${n})`);
        const got = py.run(`[(g := ${make.replace('{seed}', '3')}), ${code}.tolist() + [${one}]][1]`);
        const want = py.run(`[(g := ${make.replace('{seed}', '3')}), [${one} for _ in range(${n + 1})]][1]`);
        expect(got).toEqual(want);
      });
    }
  }
});
