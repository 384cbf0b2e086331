// NumPy's float64 arctanh (Intel SVML's atanh8_ha arithmetic, runtime/math/svmlAtanh.ts): recorded NumPy 2.4.6
// results on x86-64 AVX-512 (float.hex; most picked where NumPy differs from Python's math.atanh, the rest at
// the reciprocals' rounding thresholds, near ±1, tiny and subnormal arguments), special values, and the
// inline WebAssembly kernel (runtime/wasm/svmlAtanhCode.ts) against the JS reference on random arguments.
// Runs over 10^6 arguments against NumPy itself live outside the suite.
import { describe, it, expect } from 'vitest';
import { hex, same, lcg, runFloat64, kernelMismatches } from './float64Harness';
import { svmlAtanh } from '../../runtime/math/svmlAtanh';

// [x, np.arctanh(x)] from python3 + NumPy 2.4.6
const NUMPY: [string, string][] = [
  ['-0x1.99426b378e458p-2', '-0x1.b169412468a16p-2'],
  ['-0x1.9363bc2977e14p-2', '-0x1.aa71bf1da2f15p-2'],
  ['0x1.2baf90ef3b0c2p-1', '0x1.574ecc0cb7dc2p-1'],
  ['0x1.e7e07a121e8c0p-6', '0x1.e805697c6a19dp-6'],
  ['-0x1.14d71a00f3980p-4', '-0x1.1543508237791p-4'],
  ['0x1.08a7c6469673cp-2', '0x1.0ecbd532d542bp-2'],
  ['-0x1.dbf4e553bac60p-2', '-0x1.01c0126093e39p-1'],
  ['-0x1.cc4298b570000p-3', '-0x1.d440a26c48243p-3'],
  ['0x1.43ee22c986bdap-1', '0x1.7de22713d0352p-1'],
  ['-0x1.e8f3bb4e07170p-4', '-0x1.eb4b6e23119e5p-4'],
  ['0x1.5fc669e00f8bcp-2', '0x1.6eaf144e3d3ddp-2'],
  ['-0x1.7939b41dde2cap-1', '-0x1.e301da81241ddp-1'],
  ['-0x1.085aa3edd6c70p-4', '-0x1.08b8d6bfc5dafp-4'],
  ['-0x1.3f0e7a528ab14p-2', '-0x1.4a0723ddd0e57p-2'],
  ['0x1.71d4f500edbb0p-3', '0x1.75eeb537e007dp-3'],
  ['0x1.782f83423c9c0p-2', '0x1.8aa08240ffd82p-2'],
  ['0x1.38e8dbb9d0e60p-5', '0x1.390fd9afdff45p-5'],
  ['0x1.ce8a2418b3234p-2', '0x1.f2843a51cc5afp-2'],
  ['-0x1.34b6df473a76ep-1', '-0x1.65439d1976cd1p-1'],
  ['-0x1.d3eae66ee6438p-2', '-0x1.f94b16f62a81fp-2'],
  ['0x1.ebec9a00cf0d4p-1', '0x1.f4c19784b9008p+0'],
  ['0x1.8343ad9fc8756p-1', '0x1.f9b289728ed7bp-1'],
  ['-0x1.1ebb9c4c07af8p-3', '-0x1.20a0f1db0f3d9p-3'],
  ['0x1.6969bb85704ccp-2', '0x1.79a6ef5fa7067p-2'],
  ['0x1.fffffffffffffp-1', '0x1.2b708872320e2p+4'],
  ['-0x1.ffffffffffffep-1', '-0x1.25e4f7b2737fap+4'],
  ['0x1.fff0000000000p-1', '0x1.368729f0af287p+2'],
  ['0x0.0000000000001p-1022', '0x0.0000000000001p-1022'],
  ['-0x1.0000000000000p-30', '-0x1.0000000000000p-30'],
  ['0x1.0810000000000p-5', '0x1.08276d7e8dc66p-5'],
  ['0x1.0811000000000p-5', '0x1.08286dc2b86a8p-5'],
  ['0x1.8000000000000p-1', '0x1.f2272ae325a57p-1'],
  ['-0x1.3e00000000000p-2', '-0x1.48dbafe9e6934p-2'],
  ['0x1.f0f0f0f0f0f0fp-2', '0x1.0f4d3f64f0138p-1'],
];

const rnd = lcg(2031);

describe('svmlAtanh', () => {
  it('reproduces recorded NumPy results, in JS and in the kernel', () => {
    const xs = Float64Array.from(NUMPY.map(([x]) => hex(x)));
    const k = runFloat64('arctanh', [xs]);
    NUMPY.forEach(([x, y], i) => {
      expect(svmlAtanh(xs[i]), x).toBe(hex(y));
      expect(k[i], x).toBe(hex(y));
    });
  });

  it('special values', () => {
    const xs = [0, -0, 1, -1, Infinity, -Infinity, NaN, 2, -1.5, 5e-324];
    const want = [0, -0, Infinity, -Infinity, NaN, NaN, NaN, NaN, NaN, 5e-324];
    const k = runFloat64('arctanh', [Float64Array.from(xs)]);
    xs.forEach((x, i) => {
      expect(same(svmlAtanh(x), want[i]), String(x)).toBe(true);
      expect(same(k[i], want[i]), String(x)).toBe(true);
    });
  });

  it('kernel agrees with the JS reference over every range', () => {
    const draw = (i: number): number => {
      const s = rnd() < 0.5 ? -1 : 1;
      switch (i % 3) {
        case 0: return s * rnd();
        case 1: return s * 2 ** -(rnd() * 1074);
        default: return s * (1 - 2 ** -(1 + rnd() * 52));
      }
    };
    expect(kernelMismatches('arctanh', svmlAtanh, draw)).toBe(0);
  });
});
