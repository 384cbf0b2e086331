// NumPy's float64 sinh (Intel SVML's sinh8_ha arithmetic, runtime/math/svmlSinh.ts): recorded NumPy 2.4.6 results
// on x86-64 AVX-512 (float.hex; most picked where NumPy differs from Python's math.sinh, the rest at table
// steps, tiny arguments and the scalar callout's range up to overflow), special values, and the inline
// WebAssembly kernel (runtime/wasm/svmlHyperbolicCode.ts) against the JS reference on random arguments.
// Runs over 10^6 arguments against NumPy itself live outside the suite.
import { describe, it, expect } from 'vitest';
import { hex, same, lcg, runFloat64, kernelMismatches } from './float64Harness';
import { svmlSinh } from '../../runtime/math/svmlSinh';

// [x, np.sinh(x)] from python3 + NumPy 2.4.6
const NUMPY: [string, string][] = [
  ['0x1.60e0afdde436ep+3', '0x1.e0c62623166a6p+14'],
  ['0x1.9b2c20cd7fba0p+3', '0x1.738b09f7dcf03p+17'],
  ['-0x1.f83cab33d5d98p+2', '-0x1.4a0e3e55147f8p+10'],
  ['-0x1.39c455616713ep+3', '-0x1.1b40411c4c52ap+13'],
  ['0x1.7497e75901f00p-3', '0x1.76a6f47b3a256p-3'],
  ['0x1.38c7613b00b38p+2', '0x1.0923f0ac7f5cep+6'],
  ['-0x1.23e08a9a36956p+4', '-0x1.3f27273d6071bp+25'],
  ['0x1.212120834fd40p-1', '0x1.30be402df5ca1p-1'],
  ['-0x1.0020cfeacb300p-3', '-0x1.00cbde790012ap-3'],
  ['-0x1.4dfcaef8ca4d4p+2', '-0x1.71521ad5d280cp+6'],
  ['-0x1.3d9c2e894707fp+4', '-0x1.8e7de103343cfp+27'],
  ['0x1.9108151dcc0c0p-2', '0x1.9b5ca600015efp-2'],
  ['0x1.bc5a3156b2e1cp+3', '0x1.05f93d091e47cp+19'],
  ['-0x1.c506e66e0446cp+2', '-0x1.288f79aefe429p+9'],
  ['0x1.94e9ab7be86d0p+3', '0x1.318805a7d0beap+17'],
  ['-0x1.349e2831fd724p+2', '-0x1.f0e59feab2403p+5'],
  ['0x1.ccc1e96fd8488p+1', '0x1.24784e27298f1p+4'],
  ['0x1.0cf1aaa065158p+2', '0x1.0b494f90a1bdep+5'],
  ['-0x1.befdc82937576p+3', '-0x1.1c7e879df06fcp+19'],
  ['-0x1.021c0051ef420p+4', '-0x1.3565e48d2aebep+22'],
  ['-0x1.6ccb7a1f3e1f4p+3', '-0x1.5cdb4cb0adfbbp+15'],
  ['0x1.ded18f577c3c0p+3', '0x1.80960ad79fe26p+20'],
  ['0x1.b9b1f4163a630p+3', '0x1.e232917f83d06p+18'],
  ['0x1.1cc44ef0b4ed4p+4', '0x1.994a5391f6c6bp+24'],
  ['0x0.0000000000001p-1022', '0x0.0000000000001p-1022'],
  ['0x1.0000000000000p-1022', '0x1.0000000000000p-1022'],
  ['0x1.62e42fefa39efp-5', '0x1.63009ba740a2ap-5'],
  ['0x1.8000000000000p-5', '0x1.8024010336abfp-5'],
  ['0x1.0000000000000p-30', '0x1.0000000000000p-30'],
  ['-0x1.4000000000000p+0', '-0x1.9a175e6cbafe6p+0'],
  ['0x1.4e00000000000p+9', '0x1.a5c338e3d2b1ep+962'],
  ['0x1.4f00000000000p+9', '0x1.858dad6113ce5p+965'],
  ['-0x1.5000000000000p+9', '-0x1.67cdd3f624846p+968'],
  ['0x1.6000000000000p+9', '0x1.93bf4ec282efbp+1014'],
  ['0x1.6200000000000p+9', '0x1.586f6bf260cf1p+1020'],
  ['-0x1.6280000000000p+9', '-0x1.d422d2be5dc9bp+1021'],
  ['0x1.633ce8fb9f87dp+9', '0x1.ffffffffffd3bp+1023'],
  ['0x1.1ce8fb9f87e00p+9', '0x1.0dfcae953c6d8p+821'],
];

const rnd = lcg(2027);

describe('svmlSinh', () => {
  it('reproduces recorded NumPy results, in JS and in the kernel', () => {
    const xs = Float64Array.from(NUMPY.map(([x]) => hex(x)));
    const k = runFloat64('sinh', [xs]);
    NUMPY.forEach(([x, y], i) => {
      expect(svmlSinh(xs[i]), x).toBe(hex(y));
      expect(k[i], x).toBe(hex(y));
    });
  });

  it('special values', () => {
    const xs = [0, -0, Infinity, -Infinity, NaN, 1000, -1000];
    const want = [0, -0, Infinity, -Infinity, NaN, Infinity, -Infinity];
    const k = runFloat64('sinh', [Float64Array.from(xs)]);
    xs.forEach((x, i) => {
      expect(same(svmlSinh(x), want[i]), String(x)).toBe(true);
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
    expect(kernelMismatches('sinh', svmlSinh, draw)).toBe(0);
  });
});
