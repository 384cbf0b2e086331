// NumPy's float64 cbrt (Intel SVML's cbrt8_ha arithmetic, runtime/math/svmlCbrt.ts): recorded NumPy 2.4.6
// results on x86-64 AVX-512 (float.hex; most picked where NumPy differs from Python's math.cbrt, the rest at
// the reciprocal's rounding thresholds, exponents of every residue mod 3, subnormals and edges), special
// values, and the inline WebAssembly kernel (runtime/wasm/svmlCbrtCode.ts) against the JS reference on
// random arguments. Runs over 10^6 arguments against NumPy itself live outside the suite.
import { describe, it, expect } from 'vitest';
import { hex, same, lcg, runFloat64, kernelMismatches } from './float64Harness';
import { svmlCbrt } from '../../runtime/math/svmlCbrt';

// [x, np.cbrt(x)] from python3 + NumPy 2.4.6
const NUMPY: [string, string][] = [
  ['0x1.e05dd8f52c6f0p+2', '0x1.f53b0849ef234p+0'],
  ['0x1.7d53438390d00p+4', '0x1.705b4c6431310p+1'],
  ['-0x1.7fae448415612p+3', '-0x1.24f732181ea41p+1'],
  ['0x1.3461189a1fcb8p+4', '0x1.57300cb2a1149p+1'],
  ['-0x1.ec84e554dae30p+0', '-0x1.3e6563c7c0ed0p+0'],
  ['-0x1.7a2d8066e0632p+3', '-0x1.238ee7d7a6f12p+1'],
  ['0x1.18f497e0475b6p+4', '0x1.4cb27aa9d00fdp+1'],
  ['-0x1.b5d0cfe751e01p+4', '-0x1.81b72a278e74fp+1'],
  ['-0x1.bdbf36f5d5083p+4', '-0x1.8407dc7ebd632p+1'],
  ['0x1.907b26e5881bap+4', '0x1.766c9bbd792c2p+1'],
  ['0x1.f03a93c45a190p+2', '0x1.fab021f37030dp+0'],
  ['-0x1.803137e030c80p-3', '-0x1.251882bd358cfp-1'],
  ['-0x1.d4ad8012867a9p+4', '-0x1.8a92daf348bf1p+1'],
  ['-0x1.274b3fc4a2b20p+4', '-0x1.5243648d57d59p+1'],
  ['0x1.70b3a0c84483cp+3', '0x1.211a361cc9802p+1'],
  ['-0x1.dc6a45cdea8bep+4', '-0x1.8cbbafad5a33ap+1'],
  ['0x1.3cd887b310d72p+4', '0x1.5a4cd45e7e2bcp+1'],
  ['-0x1.4bb7a50c42dbcp+4', '-0x1.5fa2afed8f555p+1'],
  ['0x1.6d1e6e1f1e4cap+4', '0x1.6b100061a4858p+1'],
  ['0x1.4d43a50106296p+4', '0x1.602e656ee6595p+1'],
  ['0x1.647c5d7ecc6dep+4', '0x1.682d9c9567c1ap+1'],
  ['-0x1.0a5f7d5ddad70p+3', '-0x1.03697846da138p+1'],
  ['0x1.7906dd8ca6108p+2', '0x1.ce598fce91c61p+0'],
  ['0x1.2faf409cee51cp+4', '0x1.556fef0ba9cefp+1'],
  ['0x1.0842000000000p+0', '0x1.02b939072d0abp+0'],
  ['0x1.0843000000000p+5', '0x1.9ab3349e7abf9p+1'],
  ['-0x1.1a85000000000p-7', '-0x1.a3f2d7257249ep-3'],
  ['0x1.1a86000000000p+100', '0x1.4d50a1092121dp+33'],
  ['0x1.2f68000000000p+0', '0x1.0eea85a455b19p+0'],
  ['0x1.2f69000000000p+1', '0x1.555598e380da1p+0'],
  ['0x1.47b4000000000p+2', '0x1.b93d1522052d5p+0'],
  ['0x1.47b5000000000p+3', '0x1.15f6c92765035p+1'],
  ['0x1.6d0c000000000p-3', '0x1.2024da9fef483p-1'],
  ['0x1.6d0d000000000p-4', '0x1.c966d312b6954p-2'],
  ['0x1.a8f0000000000p+9', '0x1.2f1c68ed5a871p+3'],
  ['0x1.a8f1000000000p+10', '0x1.7de5a656de174p+3'],
  ['0x1.e0cf000000000p+0', '0x1.3bda30aa2cde5p+0'],
  ['0x1.e0d0000000000p+0', '0x1.3bda68b8c04a6p+0'],
  ['0x0.0000000000001p-1022', '0x1.0000000000000p-358'],
  ['-0x0.8000000000000p-1022', '-0x1.0000000000000p-341'],
  ['0x1.fffffffffffffp+1023', '0x1.428a2f98d728bp+341'],
  ['0x1.8000000000000p+0', '0x1.250bfe1b082f5p+0'],
  ['-0x1.0000000000000p-1022', '-0x1.428a2f98d728bp-341'],
];

const rnd = lcg(2029);

describe('svmlCbrt', () => {
  it('reproduces recorded NumPy results, in JS and in the kernel', () => {
    const xs = Float64Array.from(NUMPY.map(([x]) => hex(x)));
    const k = runFloat64('cbrt', [xs]);
    NUMPY.forEach(([x, y], i) => {
      expect(svmlCbrt(xs[i]), x).toBe(hex(y));
      expect(k[i], x).toBe(hex(y));
    });
  });

  it('special values', () => {
    const xs = [0, -0, Infinity, -Infinity, NaN, 8, -27, 5e-324];
    const want = [0, -0, Infinity, -Infinity, NaN, 2, -3, 1.7031839360032603e-108];
    const k = runFloat64('cbrt', [Float64Array.from(xs)]);
    xs.forEach((x, i) => {
      expect(same(svmlCbrt(x), want[i]), String(x)).toBe(true);
      expect(same(k[i], want[i]), String(x)).toBe(true);
    });
  });

  it('kernel agrees with the JS reference over every range', () => {
    const draw = (i: number): number => {
      const s = rnd() < 0.5 ? -1 : 1;
      switch (i % 3) {
        case 0: return s * rnd() * 30;
        case 1: return s * 2 ** (rnd() * 2098 - 1074);
        default: return s * (1 + Math.floor(rnd() * 65536) / 65536) * 2 ** Math.floor(rnd() * 60 - 30);
      }
    };
    expect(kernelMismatches('cbrt', svmlCbrt, draw)).toBe(0);
  });
});
