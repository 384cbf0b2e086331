// NumPy's float64 log1p (Intel SVML's log1p8_ha arithmetic, runtime/math/svmlLog1p.ts): recorded NumPy 2.4.6
// results on x86-64 AVX-512 (float.hex; most picked where NumPy differs from Python's math.log1p, the rest
// near -1, tiny, subnormal and huge arguments), special values, and the inline WebAssembly kernel
// (runtime/wasm/svmlLog1pCode.ts) against the JS reference on random arguments.
// Runs over 10^6 arguments against NumPy itself live outside the suite.
import { describe, it, expect } from 'vitest';
import { hex, same, lcg, runFloat64, kernelMismatches } from './float64Harness';
import { svmlLog1p } from '../../runtime/math/svmlLog1p';

// [x, np.log1p(x)] from python3 + NumPy 2.4.6
const NUMPY: [string, string][] = [
  ['-0x1.f53776c8b2f2cp-1', '-0x1.ee1f0765aed67p+1'],
  ['0x1.18197bf2434c3p+1', '0x1.28d3bcffe5d1fp+0'],
  ['-0x1.a601bb8715114p-1', '-0x1.bd143e8d37647p+0'],
  ['0x1.afe334f007c5ep+0', '0x1.fa15d7e2c8831p-1'],
  ['-0x1.ac322efb81a00p-2', '-0x1.15475d9560d03p-1'],
  ['0x1.2794b6f7a28b8p-2', '0x1.03af1bb43bbffp-2'],
  ['0x1.a18c07606f1bcp+0', '0x1.ef4c7900ebaa9p-1'],
  ['0x1.5c753d403b6ecp+0', '0x1.b7e31f8c72441p-1'],
  ['0x1.bc17c1a11e4e0p+0', '0x1.018b8a0fb4151p+0'],
  ['0x1.5296aa124e73cp+0', '0x1.af7559731bbf1p-1'],
  ['0x1.70a231d9fc284p-1', '0x1.15aa92a917f23p-1'],
  ['0x1.de4bc46d3d732p+0', '0x1.0dc18f1c0114dp+0'],
  ['0x1.8a78bb95a60aap+0', '0x1.dd734a1108133p-1'],
  ['-0x1.b02830fe0c51cp-1', '-0x1.dbb7157837769p+0'],
  ['0x1.5c8ea32139330p+0', '0x1.b7f8a27286e79p-1'],
  ['0x1.b62486847595cp+0', '0x1.feb854ad6c54dp-1'],
  ['-0x1.d4d671cf4b878p-1', '-0x1.3c96f2ed5e695p+1'],
  ['0x1.182104cadf02fp+1', '0x1.28d876eaca2bdp+0'],
  ['0x1.6ff551d10d79ap+0', '0x1.c824d6e187dc7p-1'],
  ['0x1.871f23ac34722p+0', '0x1.dace83e0d880bp-1'],
  ['0x1.e360604455942p+0', '0x1.0f856edd2bedbp+0'],
  ['-0x1.30f3063b3d348p-1', '-0x1.cf8b7a251643bp-1'],
  ['0x1.0b700644b9ce4p-1', '0x1.ae557e1a82bc1p-2'],
  ['0x1.7acd3725f1026p+0', '0x1.d0f71579cede9p-1'],
  ['-0x1.fffffffffffffp-1', '-0x1.25e4f7b2737fap+5'],
  ['-0x1.8000000000000p-1', '-0x1.62e42fefa39efp+0'],
  ['0x0.0000000000001p-1022', '0x0.0000000000001p-1022'],
  ['-0x1.0000000000000p-60', '-0x1.0000000000000p-60'],
  ['0x1.8000000000000p+0', '0x1.d5240f0e0e078p-1'],
  ['0x1.0000000000000p+1000', '0x1.5a92d6d005c94p+9'],
  ['0x1.fffffffffffffp+1023', '0x1.62e42fefa39efp+9'],
  ['0x1.0000000000000p+52', '0x1.205966f2b4f12p+5'],
  ['0x1.0000000000001p+53', '0x1.25e4f7b2737fap+5'],
  ['-0x1.0411000000000p-1', '-0x1.6b16e66edc968p-1'],
  ['0x1.0840000000000p-5', '0x1.0413d89e64444p-5'],
];

const rnd = lcg(2032);

describe('svmlLog1p', () => {
  it('reproduces recorded NumPy results, in JS and in the kernel', () => {
    const xs = Float64Array.from(NUMPY.map(([x]) => hex(x)));
    const k = runFloat64('log1p', [xs]);
    NUMPY.forEach(([x, y], i) => {
      expect(svmlLog1p(xs[i]), x).toBe(hex(y));
      expect(k[i], x).toBe(hex(y));
    });
  });

  it('special values', () => {
    const xs = [0, -0, -1, -2, Infinity, -Infinity, NaN, 5e-324, -5e-324];
    const want = [0, -0, -Infinity, NaN, Infinity, NaN, NaN, 5e-324, -5e-324];
    const k = runFloat64('log1p', [Float64Array.from(xs)]);
    xs.forEach((x, i) => {
      expect(same(svmlLog1p(x), want[i]), String(x)).toBe(true);
      expect(same(k[i], want[i]), String(x)).toBe(true);
    });
  });

  it('kernel agrees with the JS reference over every range', () => {
    const draw = (i: number): number => {
      switch (i % 4) {
        case 0: return rnd() * 4 - 1;
        case 1: return (rnd() < 0.5 ? -1 : 1) * 2 ** -(rnd() * 1074);
        case 2: return -1 + 2 ** -(1 + rnd() * 52);
        default: return 2 ** (rnd() * 1024);
      }
    };
    expect(kernelMismatches('log1p', svmlLog1p, draw)).toBe(0);
  });
});
