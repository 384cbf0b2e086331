// NumPy's float64 exp2 (Intel SVML's exp28_ha arithmetic, runtime/math/svmlExp2.ts): recorded NumPy 2.4.6
// results on x86-64 AVX-512 (float.hex; most picked where NumPy differs from glibc's exp2 as Python's 2.0**x,
// the rest at tiny negative arguments where the reduction rounds down, and in the scalar callout's range
// down to the subnormals), special values, and the inline WebAssembly kernel (runtime/wasm/svmlExp2Code.ts)
// against the JS reference on random arguments. Runs over 10^6 arguments against NumPy itself live outside
// the suite.
import { describe, it, expect } from 'vitest';
import { hex, same, lcg, runFloat64, kernelMismatches } from './float64Harness';
import { svmlExp2 } from '../../runtime/math/svmlExp2';

// [x, np.exp2(x)] from python3 + NumPy 2.4.6
const NUMPY: [string, string][] = [
  ['0x1.f03a93c45a190p+2', '0x1.af9b745bb01cep+7'],
  ['-0x1.4bb7a50c42dbcp+4', '0x1.3430049107128p-21'],
  ['-0x1.882a0a43f96d6p+4', '0x1.6778e0a4300e8p-25'],
  ['0x1.2faf409cee51cp+4', '0x1.f90d2461ed32cp+18'],
  ['-0x1.832a007ae6e31p+4', '0x1.be6a8d61c7c27p-25'],
  ['-0x1.32ab6b00d0ccep+4', '0x1.c81507fb3cca8p-20'],
  ['0x1.6dd69ccad7d80p+1', '0x1.d00ac869cdf02p+2'],
  ['0x1.6ca5e718bdce0p+0', '0x1.578ea42375e34p+1'],
  ['0x1.b1a181d727f10p+3', '0x1.770e897db6247p+13'],
  ['0x1.451c9b1d086c0p+0', '0x1.34ae0e0b02604p+1'],
  ['0x1.35b4fdc4a6320p+2', '0x1.c9fd67237f726p+4'],
  ['0x1.55847c385c78cp+3', '0x1.97ffcb966b78ap+10'],
  ['-0x1.b9e6aa71d64bap+4', '0x1.4d6ad37bc038bp-28'],
  ['-0x1.af5198efb0aafp+4', '0x1.07ab02fd89f7ep-27'],
  ['-0x1.4bd6484dc9912p+3', '0x1.8c33b87dcd558p-11'],
  ['-0x1.d8e1a8a22154cp+2', '0x1.870e05a4f0597p-8'],
  ['-0x1.628b0a2d151bep+4', '0x1.ca9686392be6ap-23'],
  ['0x1.cc818ece47c90p+2', '0x1.2521d70be6df9p+7'],
  ['-0x1.e69332098c869p+3', '0x1.bc0922786a656p-16'],
  ['-0x1.7cd7b1aa753b4p+3', '0x1.121f07ce3e6ebp-12'],
  ['-0x1.477c8b7ab72d4p+3', '0x1.b35abf75ecbe7p-11'],
  ['0x1.b8041a667535ap+4', '0x1.6a4a46bdb1b54p+27'],
  ['-0x1.8ea1e658a7442p+4', '0x1.0fa00f1cf7c5ap-25'],
  ['0x1.be4656be11920p+1', '0x1.66ac0c5f5fd38p+3'],
  ['-0x1.2173e5c8a9c1fp-54', '0x1.fffffffffffffp-1'],
  ['-0x1.d5a3db0bd4a6ap-12', '0x1.ffd750aaba39bp-1'],
  ['-0x1.7c4a2bd6e2c2ap-33', '0x1.fffffffef8674p-1'],
  ['0x1.ff7ff00000000p+9', '0x1.ffd3a565efb65p+1022'],
  ['-0x1.ff7ff00000000p+9', '0x0.800b179c82029p-1022'],
  ['-0x1.0040000000000p+10', '0x0.2000000000000p-1022'],
  ['-0x1.0000000000000p+10', '0x0.4000000000000p-1022'],
  ['-0x1.0cb0000000000p+10', '0x0.0000000000001p-1022'],
  ['-0x1.0a3f400000000p+10', '0x0.0000000000204p-1022'],
  ['0x1.ffffff0000000p+9', '0x1.fffd3a398c1bbp+1023'],
  ['0x1.fd00000000000p+9', '0x1.0000000000000p+1018'],
  ['0x0.0000000000001p-1022', '0x1.0000000000000p+0'],
];

const rnd = lcg(2028);

describe('svmlExp2', () => {
  it('reproduces recorded NumPy results, in JS and in the kernel', () => {
    const xs = Float64Array.from(NUMPY.map(([x]) => hex(x)));
    const k = runFloat64('exp2', [xs]);
    NUMPY.forEach(([x, y], i) => {
      expect(svmlExp2(xs[i]), x).toBe(hex(y));
      expect(k[i], x).toBe(hex(y));
    });
  });

  it('special values', () => {
    const xs = [0, -0, Infinity, -Infinity, NaN, 1024, -1075, -1074.5, 5e-324];
    const want = [1, 1, Infinity, 0, NaN, Infinity, 0, 5e-324, 1];
    const k = runFloat64('exp2', [Float64Array.from(xs)]);
    xs.forEach((x, i) => {
      expect(same(svmlExp2(x), want[i]), String(x)).toBe(true);
      expect(same(k[i], want[i]), String(x)).toBe(true);
    });
  });

  it('kernel agrees with the JS reference over every range', () => {
    const draw = (i: number): number => {
      const s = rnd() < 0.5 ? -1 : 1;
      switch (i % 4) {
        case 0: return s * rnd() * 1100;
        case 1: return s * 2 ** (rnd() * 1084 - 1074);
        case 2: return s * (1015 + rnd() * 60);
        default: return s * rnd() * 3;
      }
    };
    expect(kernelMismatches('exp2', svmlExp2, draw)).toBe(0);
  });
});
