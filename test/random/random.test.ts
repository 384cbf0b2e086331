// numpy.random against NumPy 2.4.6: raw bit-generator streams (runtime/random/) and Python snippets run
// through ndpy, both compared with what test/random/record.py recorded from real NumPy (fixtures.json).
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MT19937 } from '../../runtime/random/mt19937';
import { PCG64 } from '../../runtime/random/pcg64';
import { SeedSequence, intToWords } from '../../runtime/random/seedSequence';
import * as Dist from '../../runtime/random/distributions';
import { runPy } from './harness';

interface Fixtures {
  prelude: string;
  streams: {
    mt19937: { seed: number | number[]; first: number[]; tail: number[]; doubles: number[] }[];
    seedseq: { entropy: string; u32: number[]; u64: string[] }[];
    pcg64: { entropy: string; state: string; inc: string; raw: string[] }[];
    samplers: { name: string; seed: number; n: number; digest: string }[];
  };
  cases: { name: string; code: string; stdout: string }[];
}

const fx: Fixtures = JSON.parse(readFileSync(join(__dirname, 'fixtures.json'), 'utf8'));

/** The 32-bit entropy words of a recorded entropy (an int or a list of ints, as Python printed it). */
function entropyWords(e: string): number[] {
  if (e.startsWith('[')) return e.slice(1, -1).split(',').flatMap((x) => intToWords(BigInt(x.trim())));
  return intToWords(BigInt(e));
}

describe('MT19937 (legacy seeding)', () => {
  for (const s of fx.streams.mt19937) {
    it(`seed ${JSON.stringify(s.seed)}`, () => {
      const mt = new MT19937();
      if (Array.isArray(s.seed)) mt.seedByArray(s.seed);
      else mt.seed(s.seed);
      const words = Array.from({ length: 1300 }, () => mt.nextUint32());
      expect(words.slice(0, 8)).toEqual(s.first);
      expect(words.slice(-4)).toEqual(s.tail);
      expect(Array.from({ length: 5 }, () => mt.nextDouble())).toEqual(s.doubles);
    });
  }
});

describe('SeedSequence', () => {
  for (const s of fx.streams.seedseq) {
    it(`entropy ${s.entropy}`, () => {
      const ss = new SeedSequence(entropyWords(s.entropy));
      expect(ss.generateState32(9)).toEqual(s.u32);
      expect(ss.generateState64(4).map(String)).toEqual(s.u64);
    });
  }
});

describe('PCG64', () => {
  for (const s of fx.streams.pcg64) {
    it(`entropy ${s.entropy}`, () => {
      const pcg = new PCG64();
      pcg.seedFromWords(new SeedSequence(entropyWords(s.entropy)).generateState64(4));
      const st = pcg.getState();
      expect([String(st.state), String(st.inc)]).toEqual([s.state, s.inc]);
      const raw = Array.from({ length: 6 }, () => {
        pcg.next64();
        return String((BigInt(pcg.hi) << 32n) | BigInt(pcg.lo));
      });
      expect(raw).toEqual(s.raw);
    });
  }
});

function pcg64(seed: number): PCG64 {
  const p = new PCG64();
  p.seedFromWords(new SeedSequence(intToWords(BigInt(seed))).generateState64(4));
  return p;
}
function mt19937(seed: number): MT19937 {
  const m = new MT19937();
  m.seed(seed);
  return m;
}

/** Each sampler: a draw function for a seed, and whether its values are float32. */
const SAMPLERS: Record<string, [(seed: number) => () => number, boolean]> = {
  legacy_gauss: [(s) => {
    const mt = mt19937(s), cache = { hasGauss: false, gauss: 0 };
    return () => Dist.legacyGauss(mt, cache);
  }, false],
  legacy_exponential: [(s) => ((mt) => () => Dist.legacyStandardExponential(mt))(mt19937(s)), false],
  normal: [(s) => ((g) => () => Dist.standardNormal(g))(pcg64(s)), false],
  normal_f32: [(s) => ((g) => () => Dist.standardNormalF(g))(pcg64(s)), true],
  exponential: [(s) => ((g) => () => Dist.standardExponential(g))(pcg64(s)), false],
  exponential_f32: [(s) => ((g) => () => Dist.standardExponentialF(g))(pcg64(s)), true],
  exponential_inv: [(s) => ((g) => () => Dist.standardExponentialInv(g, false))(pcg64(s)), false],
  exponential_inv_f32: [(s) => ((g) => () => Dist.standardExponentialInv(g, true))(pcg64(s)), true],
};

/** The sum of the values' bit patterns modulo 2**64 (as record.py digests NumPy's output). */
function digest(values: number[], float32: boolean): string {
  const dv = new DataView(new ArrayBuffer(8));
  let sum = 0n;
  for (const v of values) {
    if (float32) {
      dv.setFloat32(0, v, true);
      sum += BigInt(dv.getUint32(0, true));
    } else {
      dv.setFloat64(0, v, true);
      sum += dv.getBigUint64(0, true);
    }
  }
  return String(sum & 0xffffffffffffffffn);
}

describe('samplers over long runs', () => {
  for (const s of fx.streams.samplers) {
    it(`${s.name} seed ${s.seed}`, () => {
      const [make, float32] = SAMPLERS[s.name];
      const draw = make(s.seed);
      expect(digest(Array.from({ length: s.n }, draw), float32)).toBe(s.digest);
    });
  }
});

describe('numpy.random through the interpreter', () => {
  for (const c of fx.cases) {
    it(c.name, () => {
      const r = runPy(fx.prelude + c.code);
      expect(r.stdout).toBe(c.stdout);
      expect(r.ok).toBe(true);
    });
  }
});
