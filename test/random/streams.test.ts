// Long streams of numpy.random against NumPy 2.4.6: every distribution of RandomState (and the module-level
// functions) and Generator, three seeds, 10**5 draws each, recorded by test/random/record_streams.py as the
// sha256 of the array's bytes (plus dtype, shape, the first and last five values, for diagnosis, and the exact
// sums of the values, squares and magnitudes). Each expression runs through ndpy; `tobytes()` comes back
// as a Uint8Array and is hashed here. The samplers that call glibc's pow, cos or acos per draw differ from
// NumPy by one ulp on ~0.1% of the draws (ndpy's pow is correctly rounded, glibc's is not always; see
// KNOWN): those streams must keep NumPy's dtype and shape and its sums to a relative 1e-12 (1e-9 for float32) —
// a stream that went out of step (one draw too many or too few) moves them by ~1e-3.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import './harness';
import { createInterpreter } from '../../src/index';

interface Stream {
  name: string;
  code: string;
  dtype: string;
  shape: number[];
  sha256: string;
  head: string;
  tail: string;
  sums: [number, number, number];
}

const fx: { n: number; streams: Stream[] } = JSON.parse(readFileSync(join(__dirname, 'streams.json'), 'utf8'));

/**
 * Streams known to differ from NumPy in the last bit of some draws, by the libm call that differs (the
 * name's distribution, any seed). gamma with shape < 1 (and chisquare, f, beta, standard_t,
 * noncentral_chisquare and dirichlet that call it), weibull and power take pow(u, 1/a); vonmises takes
 * cos and acos (acos near 1 magnifies an ulp of its argument to ~1e-8 of the result at kappa=1e6).
 */
const POW = "glibc's pow (ndpy's is correctly rounded)";
const KNOWN: [RegExp, string][] = [
  [/\.(standard_)?gamma\(0\.5|chisquare\(0\.5|f\(0\.5, 0\.7|beta\(0\.5, 0\.5|standard_t\(0\.5|dirichlet\(\[0\.05/, POW],
  [/\.weibull\(|\.power\(/, POW],
  [/\.vonmises\(/, "glibc's cos and acos"],
];
const knownReason = (name: string) => KNOWN.find(([re]) => re.test(name))?.[1];

const SUMMARY = '(str(x.dtype), list(x.shape), x.tobytes(), repr(x.reshape(-1)[:5].tolist()), repr(x.reshape(-1)[-5:].tolist()))';

function ndpyStream(code: string): Omit<Stream, 'name' | 'code'> {
  const py = createInterpreter({});
  py.run(code);
  const [dtype, shape, bytes, head, tail] = py.run(SUMMARY) as [string, number[], Uint8Array, string, string];
  const sums: [number, number, number] = [NaN, NaN, NaN];
  if (dtype === 'float64' || dtype === 'float32') {
    const v = dtype === 'float64' ? new Float64Array(bytes.buffer, bytes.byteOffset, bytes.length / 8) : new Float32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4);
    const x = Array.from(v);
    sums[0] = exactSum(x);
    sums[1] = exactSum(x.map((t) => t * t));
    sums[2] = exactSum(x.map(Math.abs));
  }
  return { dtype, shape, sha256: createHash('sha256').update(bytes).digest('hex'), head, tail, sums };
}

/** the sum of doubles, accurate to an ulp or so (Neumaier), enough for the 1e-12 checks */
function exactSum(xs: number[]): number {
  let s = 0, c = 0;
  for (const x of xs) {
    const t = s + x;
    c += Math.abs(s) >= Math.abs(x) ? (s - t) + x : (x - t) + s;
    s = t;
  }
  return s + c;
}

describe(`numpy.random streams of ${fx.n} draws against NumPy`, () => {
  it('covers both APIs and three seeds', () => {
    expect(fx.streams.length).toBeGreaterThan(400);
  });
  for (const s of fx.streams) {
    const known = knownReason(s.name);
    it(known ? `${s.name} (sums only: ${known})` : s.name, () => {
      const { name: _n, code: _c, sums, ...want } = s;
      const got = ndpyStream(s.code);
      if (!known) {
        const { sums: _s, ...exact } = got;
        expect(exact).toEqual(want);
        return;
      }
      expect([got.dtype, got.shape]).toEqual([want.dtype, want.shape]);
      const [sum, sumSq, sumAbs] = sums;
      const tol = got.dtype === 'float32' ? 1e-9 : 1e-12; // an ulp of float32 is 2**29 times an ulp of float64
      expect(Math.abs(got.sums[0] - sum), 'sum').toBeLessThanOrEqual(tol * sumAbs);
      expect(Math.abs(got.sums[1] - sumSq), 'sum of squares').toBeLessThanOrEqual(tol * sumSq);
      expect(Math.abs(got.sums[2] - sumAbs), 'sum of magnitudes').toBeLessThanOrEqual(tol * sumAbs);
    });
  }
});
