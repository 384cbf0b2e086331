/**
 * Twiddle factors and plan-size arithmetic of pocketfft (the C++ header NumPy ≥ 2.0 vendors for
 * numpy.fft), reproduced operation for operation so transforms agree with NumPy bit for bit.
 *
 * `UnitRoots(n)` yields e^(+2πi·k/n) for 0 ≤ k < n the way pocketfft's `sincos_2pibyn` does: two small
 * tables (v1 for the low `shift` bits of k, v2 for the high bits) whose entries are cos/sin of
 * x·ang with x reduced to the first octant by symmetry, multiplied together (without FMA) on lookup.
 * ang = π/(4n) is formed in x87 long double (64-bit mantissa) and then rounded to double — both
 * roundings are emulated with BigInt here, as the double-rounded value differs from a direct
 * correctly rounded π/(4n) for some n. cos/sin are correctly rounded (glibc agrees on these small
 * arguments).
 *
 * Also: largest prime factor, the cost model used to choose Bluestein over FFTPACK, and the smallest
 * 2·3·5·7·11-smooth size ≥ n (`goodSizeCmplx`).
 */
import { glibcCos as crCos, glibcSin as crSin } from '../math/glibcSinCos';

/** π rounded to a 64-bit mantissa (the value of pocketfft's `long double pi`), scaled by 2^62. */
const PI_LD = 0xc90fdaa22168c235n;

/** Round the positive integer q (with `sticky` set if bits below it were dropped) to `bits` bits. */
function roundBits(q: bigint, sticky: boolean, bits: number): { m: bigint; shift: number } {
  const len = q.toString(2).length;
  const drop = len - bits;
  if (drop <= 0) return { m: q, shift: 0 };
  const half = 1n << BigInt(drop - 1);
  const rem = q & ((1n << BigInt(drop)) - 1n);
  let m = q >> BigInt(drop);
  if (rem > half || (rem === half && (sticky || (m & 1n) === 1n))) m += 1n;
  if (m.toString(2).length > bits) return { m: m >> 1n, shift: drop + 1 };
  return { m, shift: drop };
}

/** double(0.25L * pi / n) computed as x87 long double, then rounded to double. */
function quarterPiOver(n: number): number {
  // 0.25*pi = PI_LD * 2^-64 exactly; divide with 80 extra bits so the quotient has > 66 bits.
  const num = PI_LD << 80n;
  const d = BigInt(n);
  const q = num / d;
  const sticky = q * d !== num;
  const ld = roundBits(q, sticky, 64);
  const dbl = roundBits(ld.m, false, 53);
  return Number(dbl.m) * 2 ** (ld.shift + dbl.shift - 144);
}

/** e^(+2πi·k/n), k < n, as pocketfft's sincos_2pibyn computes it. */
export class UnitRoots {
  private readonly n: number;
  private readonly mask: number;
  private readonly v1r: Float64Array;
  private readonly v1i: Float64Array;
  private readonly v2r: Float64Array;
  private readonly v2i: Float64Array;
  /** scratch results of `at` */
  r = 0;
  i = 0;

  constructor(n: number) {
    this.n = n;
    const ang = quarterPiOver(n);
    const nval = Math.floor((n + 2) / 2);
    let shift = 1;
    while (2 ** shift * 2 ** shift < nval) ++shift;
    const mask = 2 ** shift - 1;
    this.mask = mask;
    const n1 = mask + 1;
    const n2 = Math.floor((nval + mask) / (mask + 1));
    this.v1r = new Float64Array(n1);
    this.v1i = new Float64Array(n1);
    this.v2r = new Float64Array(n2);
    this.v2i = new Float64Array(n2);
    this.v1r[0] = 1;
    for (let k = 1; k < n1; ++k) this.calc(k, ang, this.v1r, this.v1i, k);
    this.v2r[0] = 1;
    for (let k = 1; k < n2; ++k) this.calc(k * (mask + 1), ang, this.v2r, this.v2i, k);
  }

  private calc(x: number, ang: number, re: Float64Array, im: Float64Array, at: number): void {
    const n = this.n;
    x *= 8;
    let c: number, s: number;
    if (x < 4 * n) {
      if (x < 2 * n) {
        if (x < n) { c = crCos(x * ang); s = crSin(x * ang); }
        else { c = crSin((2 * n - x) * ang); s = crCos((2 * n - x) * ang); }
      } else {
        x -= 2 * n;
        if (x < n) { c = -crSin(x * ang); s = crCos(x * ang); }
        else { c = -crCos((2 * n - x) * ang); s = crSin((2 * n - x) * ang); }
      }
    } else {
      x = 8 * n - x;
      if (x < 2 * n) {
        if (x < n) { c = crCos(x * ang); s = -crSin(x * ang); }
        else { c = crSin((2 * n - x) * ang); s = -crCos((2 * n - x) * ang); }
      } else {
        x -= 2 * n;
        if (x < n) { c = -crSin(x * ang); s = -crCos(x * ang); }
        else { c = -crCos((2 * n - x) * ang); s = -crSin((2 * n - x) * ang); }
      }
    }
    re[at] = c;
    im[at] = s;
  }

  /** Sets this.r / this.i to e^(2πi·idx/n). */
  at(idx: number): void {
    let conj = false;
    if (2 * idx > this.n) { idx = this.n - idx; conj = true; }
    const a = idx & this.mask, b = Math.floor(idx / (this.mask + 1));
    const x1r = this.v1r[a], x1i = this.v1i[a], x2r = this.v2r[b], x2i = this.v2i[b];
    this.r = x1r * x2r - x1i * x2i;
    const im = x1r * x2i + x1i * x2r;
    this.i = conj ? -im : im;
  }
}

export function largestPrimeFactor(n: number): number {
  let res = 1;
  while (n % 2 === 0) { res = 2; n /= 2; }
  for (let x = 3; x * x <= n; x += 2) {
    while (n % x === 0) { res = x; n /= x; }
  }
  return n > 1 ? n : res;
}

/** pocketfft's operation-count estimate (larger non-hardcoded prime factors cost 10% more). */
export function costGuess(n: number): number {
  const lfp = 1.1;
  const ni = n;
  let result = 0;
  while (n % 2 === 0) { result += 2; n /= 2; }
  for (let x = 3; x * x <= n; x += 2) {
    while (n % x === 0) { result += x <= 5 ? x : lfp * x; n /= x; }
  }
  if (n > 1) result += n <= 5 ? n : lfp * n;
  return result * ni;
}

/** The smallest product of 2, 3, 5, 7 and 11 that is ≥ n. */
export function goodSizeCmplx(n: number): number {
  if (n <= 12) return n;
  let best = 2 * n;
  for (let f11 = 1; f11 < best; f11 *= 11) {
    for (let f117 = f11; f117 < best; f117 *= 7) {
      for (let f1175 = f117; f1175 < best; f1175 *= 5) {
        let x = f1175;
        while (x < n) x *= 2;
        for (;;) {
          if (x < n) x *= 3;
          else if (x > n) {
            if (x < best) best = x;
            if (x % 2 === 1) break;
            x /= 2;
          } else return n;
        }
      }
    }
  }
  return best;
}
