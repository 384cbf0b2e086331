// NumPy's float64 tanh (its SIMD loop from Intel SVML's tanh8_la, runtime/math/svmlTanh.ts): recorded NumPy
// 2.4.6 results on x86-64 AVX-512 (float.hex; most picked where NumPy differs from Python's math.tanh, the
// rest at interval edges, tiny and huge arguments), special values, and the inline WebAssembly kernel
// (runtime/wasm/svmlTanhCode.ts) against the JS reference on random arguments.
// Runs over 10^6 arguments against NumPy itself live outside the suite.
import { describe, it, expect } from 'vitest';
import { hex, same, lcg, runFloat64, kernelMismatches } from './float64Harness';
import { svmlTanh } from '../../runtime/math/svmlTanh';

// [x, np.tanh(x)] from python3 + NumPy 2.4.6
const NUMPY: [string, string][] = [
  ['-0x1.7fae448415612p+3', '-0x1.ffffffff569f1p-1'],
  ['0x1.9adc12ef79ee0p+1', '0x1.fe559dd396a5ap-1'],
  ['-0x1.803137e030c80p-3', '-0x1.7bbf7fe4a5d98p-3'],
  ['0x1.2cc60fd659080p-1', '0x1.0e5da28885c32p-1'],
  ['0x1.dd86b4ee6dcc0p-2', '0x1.bdada07fd2091p-2'],
  ['0x1.7906dd8ca6108p+2', '0x1.fffdff47890a2p-1'],
  ['0x1.59916f13e2368p+2', '0x1.fffaa5acd6142p-1'],
  ['0x1.08f41452d7c2cp+3', '0x1.fffffbaf34ad4p-1'],
  ['-0x1.ca647f9926a58p+1', '-0x1.ff34f13776f58p-1'],
  ['0x1.49ca03420e930p+3', '0x1.ffffffeccb738p-1'],
  ['0x1.91de0f955d050p+1', '0x1.fe156a5df3ab8p-1'],
  ['0x1.0fd15315c5744p+3', '0x1.fffffd309ced1p-1'],
  ['0x1.2ee68dd4d0540p+3', '0x1.ffffff98e5f29p-1'],
  ['0x1.fd4664d1fb328p+3', '0x1.ffffffffffef1p-1'],
  ['0x1.8f78562243fa0p-1', '0x1.4e3fbe5fca163p-1'],
  ['0x1.b1a181d727f10p+3', '0x1.fffffffff888ep-1'],
  ['-0x1.06a22a3662921p+4', '-0x1.fffffffffff9dp-1'],
  ['-0x1.06cbd75d2cdbep+3', '-0x1.fffffb0fbec5dp-1'],
  ['0x1.1998fea5ff9e8p+2', '0x1.ffd87d407abc6p-1'],
  ['-0x1.b6ac3807f7df4p+3', '-0x1.fffffffffa8d7p-1'],
  ['-0x1.aa6848156e358p+1', '-0x1.feb175ad51dfdp-1'],
  ['-0x1.19aa78c48797cp+2', '-0x1.ffd892ce00b49p-1'],
  ['-0x1.de14d9abe81d8p+3', '-0x1.ffffffffff893p-1'],
  ['0x1.a0ce104cd337cp+3', '0x1.ffffffffeaa1ep-1'],
  ['0x0.0000000000001p-1022', '0x0.0000000000001p-1022'],
  ['0x1.0000000000000p-1022', '0x1.0000000000000p-1022'],
  ['0x1.fffffffffffffp-4', '0x1.fd5992bc4b834p-4'],
  ['0x1.0000000000000p-3', '0x1.fd5992bc4b835p-4'],
  ['0x1.8000000000000p-3', '0x1.7b8ff903bf776p-3'],
  ['0x1.fffffffffffffp+4', '0x1.0000000000000p+0'],
  ['0x1.8000000000000p+4', '0x1.0000000000000p+0'],
  ['-0x1.7ffffffffffffp+4', '-0x1.0000000000000p+0'],
  ['0x1.3000000000000p+4', '0x1.0000000000000p+0'],
  ['0x1.7ffffffffffffp+1023', '0x1.0000000000000p+0'],
  ['0x1.8000000000000p+1023', '0x1.0000000000000p+0'],
  ['0x1.0000000000000p-30', '0x1.0000000000000p-30'],
  ['-0x1.2000000000000p-1', '-0x1.05086f2f6d4b6p-1'],
];

const rnd = lcg(2026);

describe('svmlTanh', () => {
  it('reproduces recorded NumPy results, in JS and in the kernel', () => {
    const xs = Float64Array.from(NUMPY.map(([x]) => hex(x)));
    const k = runFloat64('tanh', [xs]);
    NUMPY.forEach(([x, y], i) => {
      expect(svmlTanh(xs[i]), x).toBe(hex(y));
      expect(k[i], x).toBe(hex(y));
    });
  });

  it('special values', () => {
    const xs = [0, -0, Infinity, -Infinity, NaN, Number.MAX_VALUE, -Number.MAX_VALUE, 5e-324, -5e-324];
    const want = [0, -0, 1, -1, NaN, 1, -1, 5e-324, -5e-324];
    const k = runFloat64('tanh', [Float64Array.from(xs)]);
    xs.forEach((x, i) => {
      expect(same(svmlTanh(x), want[i]), String(x)).toBe(true);
      expect(same(k[i], want[i]), String(x)).toBe(true);
    });
  });

  it('kernel agrees with the JS reference over every range', () => {
    const draw = (i: number): number => {
      const s = rnd() < 0.5 ? -1 : 1;
      switch (i % 3) {
        case 0: return s * rnd() * 30;
        case 1: return s * 2 ** (rnd() * 2098 - 1074);
        default: return s * rnd() * 3;
      }
    };
    expect(kernelMismatches('tanh', svmlTanh, draw)).toBe(0);
  });
});
