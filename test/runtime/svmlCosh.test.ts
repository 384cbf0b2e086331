// NumPy's float64 cosh (Intel SVML's cosh8_ha arithmetic, runtime/math/svmlCosh.ts): recorded NumPy 2.4.6 results
// on x86-64 AVX-512 (float.hex; most picked where NumPy differs from Python's math.cosh, the rest at table
// steps, tiny arguments and the scalar callout's range up to overflow), special values, and the inline
// WebAssembly kernel (runtime/wasm/svmlHyperbolicCode.ts) against the JS reference on random arguments.
// Runs over 10^6 arguments against NumPy itself live outside the suite.
import { describe, it, expect } from 'vitest';
import { hex, same, lcg, runFloat64, kernelMismatches } from './float64Harness';
import { svmlCosh } from '../../runtime/math/svmlCosh';

// [x, np.cosh(x)] from python3 + NumPy 2.4.6
const NUMPY: [string, string][] = [
  ['0x1.fc6f04af6bc00p+3', '0x1.e52a8c076cbccp+21'],
  ['-0x1.f83cab33d5d98p+2', '0x1.4a0e44899043fp+10'],
  ['0x1.11e80c9fa69e8p+1', '0x1.13b7f3046271ep+2'],
  ['0x1.769b752b09cf2p+3', '0x1.da0b2a19ec694p+15'],
  ['-0x1.6c67a550ab39ap+3', '0x1.58a1910c7fe05p+15'],
  ['-0x1.b2edb882c649ep+3', '0x1.864b332b4c199p+18'],
  ['0x1.4ad1b7d83c10cp+2', '0x1.5f81cd47ad36bp+6'],
  ['0x1.a6760a4416740p+3', '0x1.085ab2a9250e6p+18'],
  ['-0x1.29790f5454bbcp+3', '0x1.547542e77b898p+12'],
  ['0x1.3577810835e7ep+3', '0x1.ef44fbe68eb7ap+12'],
  ['0x1.db507ca910928p+3', '0x1.58b2131b36951p+20'],
  ['-0x1.31985510c46e8p+1', '0x1.5f4933951dcdcp+2'],
  ['-0x1.021c0051ef420p+4', '0x1.3565e48d2af27p+22'],
  ['0x1.2b68f2a883e88p+4', '0x1.ff0d8049d0d16p+25'],
  ['-0x1.6ccb7a1f3e1f4p+3', '0x1.5cdb4cb225b3cp+15'],
  ['0x1.b7b80458136ecp+2', '0x1.e1c453ff531ccp+8'],
  ['0x1.64f6480f36310p+1', '0x1.0528b3c907fdcp+3'],
  ['-0x1.c5cfaeae98820p+3', '0x1.60126e3169687p+19'],
  ['-0x1.89a58fdd2f8dfp+3', '0x1.adb882fdbad94p+16'],
  ['0x1.11dc11406023cp+4', '0x1.9e00b11725daap+23'],
  ['0x1.eb97c359e2c74p+3', '0x1.1ea2f8c189ffdp+21'],
  ['0x1.64d5adefab470p+1', '0x1.04e6b7ef70f49p+3'],
  ['0x1.e18f6108d8db0p+3', '0x1.a2fc92e08e509p+20'],
  ['0x1.2af9911f8a1d4p+4', '0x1.f157d691e2f43p+25'],
  ['0x0.0000000000001p-1022', '0x1.0000000000000p+0'],
  ['0x1.0000000000000p-1022', '0x1.0000000000000p+0'],
  ['0x1.62e42fefa39efp-5', '0x1.003d81f25e8bep+0'],
  ['0x1.8000000000000p-5', '0x1.0048036010336p+0'],
  ['0x1.0000000000000p-30', '0x1.0000000000000p+0'],
  ['-0x1.4000000000000p+0', '0x1.e36fbf49645fap+0'],
  ['0x1.4e00000000000p+9', '0x1.a5c338e3d2b1ep+962'],
  ['0x1.4f00000000000p+9', '0x1.858dad6113ce5p+965'],
  ['-0x1.5000000000000p+9', '0x1.67cdd3f624846p+968'],
  ['0x1.6000000000000p+9', '0x1.93bf4ec282efbp+1014'],
  ['0x1.6200000000000p+9', '0x1.586f6bf260cf1p+1020'],
  ['-0x1.6280000000000p+9', '0x1.d422d2be5dc9bp+1021'],
  ['0x1.633ce8fb9f87dp+9', '0x1.ffffffffffd3bp+1023'],
  ['0x1.1ce8fb9f87e00p+9', '0x1.0dfcae953c6d8p+821'],
];

const rnd = lcg(2027);

describe('svmlCosh', () => {
  it('reproduces recorded NumPy results, in JS and in the kernel', () => {
    const xs = Float64Array.from(NUMPY.map(([x]) => hex(x)));
    const k = runFloat64('cosh', [xs]);
    NUMPY.forEach(([x, y], i) => {
      expect(svmlCosh(xs[i]), x).toBe(hex(y));
      expect(k[i], x).toBe(hex(y));
    });
  });

  it('special values', () => {
    const xs = [0, -0, Infinity, -Infinity, NaN, 1000, -1000];
    const want = [1, 1, Infinity, Infinity, NaN, Infinity, Infinity];
    const k = runFloat64('cosh', [Float64Array.from(xs)]);
    xs.forEach((x, i) => {
      expect(same(svmlCosh(x), want[i]), String(x)).toBe(true);
      expect(same(k[i], want[i]), String(x)).toBe(true);
    });
  });

  it('kernel agrees with the JS reference over every range', () => {
    const draw = (i: number): number => {
      const s = rnd() < 0.5 ? -1 : 1;
      switch (i % 4) {
        case 0: return s * rnd() * 30;
        case 1: return s * 2 ** (rnd() * 1084 - 1074);
        case 2: return s * (650 + rnd() * 62);
        default: return s * rnd() * 3;
      }
    };
    expect(kernelMismatches('cosh', svmlCosh, draw)).toBe(0);
  });
});
