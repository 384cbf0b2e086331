// NumPy's float64 expm1 (Intel SVML's expm18_ha arithmetic, runtime/math/svmlExpm1.ts): recorded NumPy 2.4.6
// results on x86-64 AVX-512 (float.hex; most picked where NumPy differs from Python's math.expm1, the rest at
// tiny, large negative and huge arguments and in the scalar callout's range), special values, and the inline
// WebAssembly kernel (runtime/wasm/svmlExpm1Code.ts) against the JS reference on random arguments.
// Runs over 10^6 arguments against NumPy itself live outside the suite.
import { describe, it, expect } from 'vitest';
import { hex, same, lcg, runFloat64, kernelMismatches } from './float64Harness';
import { svmlExpm1 } from '../../runtime/math/svmlExpm1';

// [x, np.expm1(x)] from python3 + NumPy 2.4.6
const NUMPY: [string, string][] = [
  ['-0x1.ec84e554dae30p+0', '-0x1.b53ac87b6b537p-1'],
  ['-0x1.0389a860e45e8p+1', '-0x1.bc98e3ef48b77p-1'],
  ['0x1.d033418c50dbcp+3', '0x1.e71c2f7505501p+20'],
  ['0x1.3bfc0b5955a50p+1', '0x1.59ccd280ada47p+3'],
  ['0x1.ab2676690f63ep+4', '0x1.6df126ef9bd3fp+38'],
  ['0x1.2ea562046d826p+4', '0x1.38ce1999a98d7p+27'],
  ['0x1.7cadcc925efa8p+4', '0x1.40bb4c1291605p+34'],
  ['0x1.6a956e2607a3cp+4', '0x1.9e08dece7705bp+32'],
  ['0x1.2f68fac947c98p+3', '0x1.99d58fb5e6163p+13'],
  ['0x1.5c4bff60fc3cap+4', '0x1.530ea74358837p+31'],
  ['0x1.1ac8399fc67c8p+2', '0x1.47e09292a8e0fp+6'],
  ['0x1.235f47eb9207ap+4', '0x1.353d0b87cc271p+26'],
  ['0x1.60951b942dd36p+4', '0x1.bb32db11a7ad1p+31'],
  ['0x1.e94a6a28ed5d0p+1', '0x1.65c704ca5179fp+5'],
  ['0x1.ab0329475fb7ap+4', '0x1.6acd3b70de507p+38'],
  ['-0x1.46f87bc064428p+1', '-0x1.d833343d98eb3p-1'],
  ['0x1.3f7b8795939d8p+4', '0x1.bff706c9daaadp+28'],
  ['0x1.38bc71bbc07a4p+4', '0x1.25d92341162dbp+28'],
  ['0x1.a8e305fdeb1b8p+3', '0x1.1d2c00f419809p+19'],
  ['0x1.d93b1c8cf8c14p+4', '0x1.977427cce1aefp+42'],
  ['-0x1.988947d078e80p+0', '-0x1.9832d48227e85p-1'],
  ['-0x1.59773a0a90fc0p+1', '-0x1.dd8dfe6faa35bp-1'],
  ['0x1.a7ed7a84dda16p+4', '0x1.2b2f68c680431p+38'],
  ['0x1.b8041a667535ap+4', '0x1.98e31ab033f07p+39'],
  ['0x0.0000000000001p-1022', '0x0.0000000000001p-1022'],
  ['-0x1.0000000000000p-60', '-0x1.0000000000000p-60'],
  ['0x1.8000000000000p-5', '0x1.89246d053d178p-5'],
  ['-0x1.0a30000000000p+5', '-0x1.fffffffffffe0p-1'],
  ['-0x1.6200000000000p+6', '-0x1.0000000000000p+0'],
  ['0x1.6000000000000p+9', '0x1.93bf4ec282efbp+1015'],
  ['0x1.6100000000000p+9', '0x1.74e9f71fa5b35p+1018'],
  ['0x1.61f0000000000p+9', '0x1.2ff689586a1bfp+1021'],
  ['0x1.6200000000000p+9', '0x1.586f6bf260cf1p+1021'],
  ['0x1.62e4000000000p+9', '0x1.ff40655482d39p+1023'],
  ['0x1.9000000000000p+8', '0x1.0e398d7d01704p+577'],
  ['-0x1.9000000000000p+8', '-0x1.0000000000000p+0'],
  ['0x1.0000000000000p+9', '0x1.9476504ba852ep+738'],
];

const rnd = lcg(2030);

describe('svmlExpm1', () => {
  it('reproduces recorded NumPy results, in JS and in the kernel', () => {
    const xs = Float64Array.from(NUMPY.map(([x]) => hex(x)));
    const k = runFloat64('expm1', [xs]);
    NUMPY.forEach(([x, y], i) => {
      expect(svmlExpm1(xs[i]), x).toBe(hex(y));
      expect(k[i], x).toBe(hex(y));
    });
  });

  it('special values', () => {
    const xs = [0, -0, Infinity, -Infinity, NaN, -1e308, 1e308, 5e-324, -5e-324, 710];
    const want = [0, -0, Infinity, -1, NaN, -1, Infinity, 5e-324, -5e-324, Infinity];
    const k = runFloat64('expm1', [Float64Array.from(xs)]);
    xs.forEach((x, i) => {
      expect(same(svmlExpm1(x), want[i]), String(x)).toBe(true);
      expect(same(k[i], want[i]), String(x)).toBe(true);
    });
  });

  it('kernel agrees with the JS reference over every range', () => {
    const draw = (i: number): number => {
      const s = rnd() < 0.5 ? -1 : 1;
      switch (i % 4) {
        case 0: return s * rnd() * 200;
        case 1: return s * 2 ** (rnd() * 1084 - 1074);
        case 2: return 500 + rnd() * 212;
        default: return s * rnd() * 3;
      }
    };
    expect(kernelMismatches('expm1', svmlExpm1, draw)).toBe(0);
  });
});
