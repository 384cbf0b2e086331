// numpy.random's distributions (RandomState and Generator) against NumPy 2.4.6: snippets run through
// ndpy, stdout compared with what test/random/record_distributions.py recorded (distributions.json).
// Values are compared exactly, except in the cases listed in POW_CASES: their samplers call pow, which
// ndpy evaluates correctly rounded while glibc's pow is off by an ulp on about 1 input in 1,300, so
// there numbers may differ in the last bit (see runtime/random/gamma.ts).
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runPy } from './harness';

interface Fixtures {
  prelude: string;
  cases: { name: string; code: string; stdout: string }[];
}

const fx: Fixtures = JSON.parse(readFileSync(join(__dirname, 'distributions.json'), 'utf8'));

const POW_CASES = new Set(['beta dirichlet seed=12345']);

/** Lines equal, or equal up to numbers that agree to 2 ulps. */
function closeEnough(a: string, b: string): boolean {
  const num = /-?\d+\.\d+(?:e[-+]?\d+)?|-?\d+e[-+]?\d+/g;
  if (a.replace(num, '#') !== b.replace(num, '#')) return false;
  const x = a.match(num) ?? [], y = b.match(num) ?? [];
  return x.every((s, i) => {
    const u = Number(s), v = Number(y[i]);
    return u === v || Math.abs(u - v) <= 4.5e-16 * Math.max(Math.abs(u), Math.abs(v));
  });
}

describe('numpy.random distributions through the interpreter', () => {
  for (const c of fx.cases) {
    it(c.name, () => {
      const r = runPy(fx.prelude + c.code);
      expect(r.ok).toBe(true);
      if (!POW_CASES.has(c.name)) {
        expect(r.stdout).toBe(c.stdout);
        return;
      }
      const got = r.stdout.split('\n'), want = c.stdout.split('\n');
      expect(got.length).toBe(want.length);
      got.forEach((line, i) => expect(closeEnough(line, want[i]), `${line}\n${want[i]}`).toBe(true));
    });
  }
});
