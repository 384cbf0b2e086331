// NumPy's float64 log10 (Intel SVML's log108_ha arithmetic, runtime/math/svmlLog10.ts): recorded NumPy 2.4.6
// results on x86-64 AVX-512 (float.hex; most picked where NumPy differs from Python's math.log10, the rest
// at subnormals, powers of ten, reciprocal table steps and edges), special values, and the inline
// WebAssembly kernel (runtime/wasm/svmlLog10Code.ts) against the JS reference on random arguments.
// Runs over 10^6 arguments against NumPy itself live outside the suite.
import { describe, it, expect } from 'vitest';
import { hex, same, lcg, runFloat64, kernelMismatches } from './float64Harness';
import { svmlLog10 } from '../../runtime/math/svmlLog10';

// [x, np.log10(x)] from python3 + NumPy 2.4.6
const NUMPY: [string, string][] = [
  ['0x1.8d26acbf2815fp+1', '0x1.f78c3412288b5p-2'],
  ['0x1.cd396d5eab510p-1', '-0x1.73921c551c53bp-5'],
  ['0x1.df2a571c79f0ep+0', '0x1.16c784be0084cp-2'],
  ['0x1.1d1b9a895dcd4p+0', '0x1.7f2211547441bp-5'],
  ['0x1.c7c21547f63b0p+0', '0x1.00819f0ec06c7p-2'],
  ['0x1.fccc63cd10a90p+0', '0x1.31771155a3d35p-2'],
  ['0x1.7a67ba02e2478p+0', '0x1.5b94a4e45f326p-3'],
  ['0x1.b1bdad55e1272p+1', '0x1.0f5ed69238007p-1'],
  ['0x1.76c4187793828p-2', '-0x1.bf0448673bb9bp-2'],
  ['0x1.8cef59d2a4000p+0', '0x1.861a0f04bc5a1p-3'],
  ['0x1.4aca0a3a64b08p+0', '0x1.c7ee71445c021p-4'],
  ['0x1.34d05957a7744p-1', '-0x1.c1af945960ab8p-3'],
  ['0x1.c2e188963f1d2p+0', '0x1.f77180f9a4b91p-3'],
  ['0x1.9c28838c3583ap+0', '0x1.a7935cb421669p-3'],
  ['0x1.b85409679c9acp-1', '-0x1.0c42ccf174aa7p-4'],
  ['0x1.33a152640e9acp+0', '0x1.46d0c76b117e5p-4'],
  ['0x1.0d8c97c443a6cp-1', '-0x1.1d51b03437b28p-2'],
  ['0x1.23b23a67ebd1bp+1', '0x1.6e4e5d02dde19p-2'],
  ['0x1.29e6e8823f300p-1', '-0x1.e1aebc6299bdcp-3'],
  ['0x1.db167433801cap+1', '0x1.239ddeb197c09p-1'],
  ['0x1.1aca89927dab0p+1', '0x1.60849bd8572bdp-2'],
  ['0x1.23aef7cb2aba5p+1', '0x1.6e49648a63629p-2'],
  ['0x1.ea795201b4dd0p-1', '-0x1.31a0c4447eb7fp-6'],
  ['0x1.49e52dbde8a2ep+0', '0x1.c31e0a19159d5p-4'],
  ['0x0.0000000000001p-1022', '-0x1.434e6420f4374p+8'],
  ['0x0.c000000000000p-1022', '-0x1.33c7106b9e609p+8'],
  ['0x1.0000000000000p+0', '0x0.0p+0'],
  ['0x1.4000000000000p+3', '0x1.0000000000000p+0'],
  ['0x1.9000000000000p+6', '0x1.0000000000000p+1'],
  ['0x1.999999999999ap-4', '-0x1.0000000000000p+0'],
  ['0x1.fffffffffffffp+1023', '0x1.34413509f79ffp+8'],
  ['0x1.0000000000001p+0', '0x1.bcb7b1526e50dp-54'],
  ['0x1.fffffffffffffp-1', '-0x1.bcb7b1526e50fp-55'],
  ['0x1.040e000001000p+29', '0x1.1793008b3f81ap+3'],
  ['0x1.f07f000001000p-16', '-0x1.21d7ecfbe18cdp+2'],
  ['0x1.6c14000001000p+29', '0x1.1c401927ad756p+3'],
];

const rnd = lcg(2025);

describe('svmlLog10', () => {
  it('reproduces recorded NumPy results, in JS and in the kernel', () => {
    const xs = Float64Array.from(NUMPY.map(([x]) => hex(x)));
    const k = runFloat64('log10', [xs]);
    NUMPY.forEach(([x, y], i) => {
      expect(svmlLog10(xs[i]), x).toBe(hex(y));
      expect(k[i], x).toBe(hex(y));
    });
  });

  it('special values', () => {
    const xs = [0, -0, -1, Infinity, -Infinity, NaN, -5e-324];
    const want = [-Infinity, -Infinity, NaN, Infinity, NaN, NaN, NaN];
    const k = runFloat64('log10', [Float64Array.from(xs)]);
    xs.forEach((x, i) => {
      expect(same(svmlLog10(x), want[i]), String(x)).toBe(true);
      expect(same(k[i], want[i]), String(x)).toBe(true);
    });
  });

  it('kernel agrees with the JS reference over every range', () => {
    const draw = (i: number): number => {
      switch (i % 4) {
        case 0: return rnd() * 4;
        case 1: return 2 ** (rnd() * 2098 - 1074);
        case 2: return 1 + (rnd() - 0.5) * 2 ** -(rnd() * 40);
        default: return (1 + (Math.floor(rnd() * 65536) + (rnd() < 0.5 ? 0 : 1 - 2 ** -30)) / 65536) * 2 ** Math.floor(rnd() * 200 - 100);
      }
    };
    expect(kernelMismatches('log10', svmlLog10, draw)).toBe(0);
  });
});
