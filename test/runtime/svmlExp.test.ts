// NumPy's float64 exp (Intel SVML's exp8_ha arithmetic, runtime/math/svmlExp.ts): recorded NumPy 2.4.6
// results on x86-64 AVX-512 (hex literals; most picked where NumPy differs from glibc's exp), the emulated
// fused multiply-add against exact BigInt arithmetic (midpoint cases included), and the inline WebAssembly
// kernel (runtime/wasm/svmlExpCode.ts) against the JS reference on random arguments in every range.
// A run over 10^7 arguments against NumPy itself lives outside the suite (see the commit message).
import { describe, it, expect } from 'vitest';
import { hex, same, lcg, runFloat64 } from './float64Harness';
import { svmlExp } from '../../runtime/math/svmlExp';
import { fma } from '../../runtime/math/fma';

// [x, np.exp(x)] from python3 + NumPy 2.4.6 (float.hex)
const NUMPY: [string, string][] = [
  ['-0x1.de36eccba39c8p+6', '0x1.6f3c29c27bebcp-173'],
  ['-0x1.0913a4c5a7b78p+9', '0x1.1c18064ccace7p-765'],
  ['0x1.6041f44e8137cp+9', '0x1.51f4412189c21p+1016'],
  ['-0x1.60e717fc1d47fp+9', '0x1.aafaa3cb05ba0p-1019'],
  ['-0x1.3b4790a876ca9p+9', '0x1.3a31959d6f08ap-910'],
  ['-0x1.727b2ed74ff44p+7', '0x1.afd4450fbf303p-268'],
  ['-0x1.1794d37d1c6f0p+9', '0x1.3ae5d3f9e3e93p-807'],
  ['-0x1.97d840ddc7090p+6', '0x1.de14214181ebcp-148'],
  ['0x1.f1519c92bf1b8p+7', '0x1.ab785c7eb1c6bp+358'],
  ['-0x1.28b3e52966119p+9', '0x1.dcb25430f54e6p-857'],
  ['-0x1.e21596a0bda92p+8', '0x1.69dec29a9657ap-696'],
  ['-0x1.96510194561bcp+7', '0x1.df41589cc2c15p-294'],
  ['0x1.0000000000000p-1', '0x1.a61298e1e069cp+0'],
  ['0x1.0000000000000p+0', '0x1.5bf0a8b145769p+1'],
  ['-0x1.0000000000000p+0', '0x1.78b56362cef38p-2'],
  ['0x1.4000000000000p+3', '0x1.5829dcf950560p+14'],
  ['0x1.5e00000000000p+9', '0x1.d945df4f8ec8ep+1009'],
  ['0x1.6200000000000p+9', '0x1.586f6bf260cf1p+1021'],
  ['0x1.62c0000000000p+9', '0x1.81e9b4b52d0c9p+1023'],
  ['-0x1.6200000000000p+9', '0x1.7c8ab2288c9abp-1022'],
  ['-0x1.6280000000000p+9', '0x0.8bfe55de02338p-1022'],
  ['-0x1.6800000000000p+9', '0x0.0000993b4dc95p-1022'],
  ['-0x1.7200000000000p+9', '0x0.0000000000055p-1022'],
  ['-0x1.7480000000000p+9', '0x0.0000000000001p-1022'],
  ['0x1.b7cdfd9d7bdbbp-34', '0x1.000000006df38p+0'],
  ['-0x1.56e1fc2f8f359p-997', '0x1.0000000000000p+0'],
];

const rnd = lcg(12345);

describe('svmlExp', () => {
  it('reproduces recorded NumPy results, in JS and in the kernel', () => {
    const xs = Float64Array.from(NUMPY.map(([x]) => hex(x)));
    const want = NUMPY.map(([, y]) => hex(y));
    const k = runFloat64('exp', [xs]);
    xs.forEach((x, i) => {
      expect(svmlExp(x), String(x)).toBe(want[i]);
      expect(k[i], String(x)).toBe(want[i]);
    });
  });

  it('handles special values as NumPy does', () => {
    const xs = [NaN, Infinity, -Infinity, 0, -0, 710, -746, 5e-324, -5e-324];
    const want = [NaN, Infinity, 0, 1, 1, Infinity, 0, 1, 1];
    const k = runFloat64('exp', [Float64Array.from(xs)]);
    xs.forEach((x, i) => {
      expect(svmlExp(x)).toBe(want[i]);
      expect(k[i]).toBe(want[i]);
    });
  });

  it('emulates fused multiply-add exactly', () => {
    const exact = (a: number, b: number, c: number): number => {
      // a·b + c as a BigInt times 2**-2200, rounded to nearest even by Number() of a scaled quotient
      const S = 1100n;
      const big = (v: number) => {
        const [m, e] = [v / 2 ** Math.floor(Math.log2(Math.abs(v))) , Math.floor(Math.log2(Math.abs(v)))];
        return BigInt(m * 2 ** 52) * 2n ** (BigInt(e - 52) + S);
      };
      const sum = (a && b ? big(a) * big(b) : 0n) + (c ? big(c) * 2n ** S : 0n);
      return ratToDouble(sum, 2n * S);
    };
    for (let i = 0; i < 20000; i++) {
      const a = (rnd() - 0.5) * 2 ** Math.floor(rnd() * 40 - 20);
      const b = (rnd() - 0.5) * 2 ** Math.floor(rnd() * 40 - 20);
      // c near -a·b half the time, so the sum cancels; otherwise of a random size
      const c = i % 2 ? -(a * b) * (1 + (rnd() - 0.5) * 2 ** -40) : (rnd() - 0.5) * 2 ** Math.floor(rnd() * 60 - 30);
      expect(fma(a, b, c)).toBe(exact(a, b, c));
    }
    // (1 + u)² - 1.5u = 1 + u/2 + u²: just past the midpoint 1 + u/2, where rounding a·b first ties to 1
    const u = 2 ** -52;
    expect(fma(1 + u, 1 + u, 0)).toBe(1 + 2 * u);
    expect(fma(1 + u, 1 - u, 0)).toBe(1);
    expect(fma(1 + u, 1 + u, -1.5 * u)).toBe(1 + u);
    expect(fma(1 + u, 1 + u, -2.5 * u)).toBe(1 - u / 2);
  });

  it('kernel agrees with the JS reference over every range', () => {
    const n = 200000;
    const xs = new Float64Array(n);
    const bits = new BigUint64Array(1);
    const asF = new Float64Array(bits.buffer);
    for (let i = 0; i < n; i++) {
      switch (i % 6) {
        case 0: xs[i] = (rnd() - 0.5) * 10; break;
        case 1: xs[i] = -745.2 + rnd() * 1455; break;
        case 2: xs[i] = (rnd() < 0.5 ? -1 : 1) * 10 ** (-rnd() * 320); break;
        case 3: xs[i] = 707 + rnd() * 3; break;
        case 4: xs[i] = -707 - rnd() * 40; break;
        default:
          bits[0] = (BigInt(Math.floor(rnd() * 2 ** 32)) << 32n) | BigInt(Math.floor(rnd() * 2 ** 32));
          xs[i] = asF[0];
      }
    }
    // arguments whose 16·x·log2(e) is (nearly) an integer, where the reduction's rounding matters
    for (let i = 0; i < 2000; i++) xs[i] = ((i - 1000) / 16) / Math.LOG2E;
    const k = runFloat64('exp', [xs]);
    let bad = 0;
    for (let i = 0; i < n; i++) if (!same(k[i], svmlExp(xs[i]))) bad++;
    expect(bad).toBe(0);
  });
});

/** the double nearest to num / 2**shift (ties to even) */
function ratToDouble(num: bigint, shift: bigint): number {
  if (num === 0n) return 0;
  const neg = num < 0n;
  let m = neg ? -num : num;
  let e = -Number(shift);
  const len = m.toString(2).length;
  if (len > 53) {
    const drop = BigInt(len - 53);
    const rest = m & ((1n << drop) - 1n);
    const half = 1n << (drop - 1n);
    m >>= drop;
    e += Number(drop);
    if (rest > half || (rest === half && (m & 1n) === 1n)) m += 1n;
  }
  const v = Number(m) * 2 ** e;
  return neg ? -v : v;
}
