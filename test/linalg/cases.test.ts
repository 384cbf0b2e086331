// NumPy-level cases for numpy.linalg, np.fft and the polynomial helpers: each test/linalg/cases/*.py
// runs in ndpy with those modules wired into numpy (as module.ts will do) and its stdout must equal the
// .out recorded from python3 + NumPy 2.4 by test/linalg/record.py.
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterpreter } from '../../src/index';
import { registerModule } from '../../src/interp/imports';
import { makeNumpy } from '../../src/modules/numpy/module';
import { linalgModule, linalgTopLevel } from '../../src/modules/numpy/linalg';
import { fftModule } from '../../src/modules/numpy/fft';
import { polynomialFunctions, polynomialModule } from '../../src/modules/numpy/polynomial';

const dir = join(__dirname, 'cases');

function run(code: string, file: string): { out: string; err: string } {
  let out = '', err = '';
  createInterpreter({});
  registerModule('numpy', () => {
    const m = makeNumpy();
    const d = m.d;
    // the wiring module.ts is to get (kept conditional so the suite keeps passing once it is wired)
    if (!d.linalg) d.linalg = linalgModule();
    if (!d.fft) d.fft = fftModule();
    if (!d.polynomial) d.polynomial = polynomialModule();
    if (!d.polyfit) Object.assign(d, linalgTopLevel(), polynomialFunctions());
    return m;
  });
  const py = createInterpreter({ stdout: (s) => (out += s), stderr: (s) => (err += s) });
  py.runScript(code, file);
  return { out, err };
}

describe('linalg / fft / polynomial cases (outputs recorded from NumPy)', () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.py')).sort();
  it('has cases', () => expect(files.length).toBeGreaterThan(4));
  for (const f of files) {
    it(f, () => {
      const { out, err } = run(readFileSync(join(dir, f), 'utf8'), join(dir, f));
      expect(err.split('\n').filter((l) => l && !l.includes('Warning')).join('\n')).toBe('');
      expect(out).toBe(readFileSync(join(dir, f.replace(/\.py$/, '.out')), 'utf8'));
    });
  }
});
