/**
 * `expm1` exactly as glibc 2.36's FMA variant computes it on x86-64 (the function NumPy's Generator calls
 * in logseries): fdlibm's algorithm — reduce x = k ln2 + r with a correction term c, expm1(r) from a
 * rational approximation in r^2/2 — with glibc's regrouped polynomial and the multiply-adds the compiler
 * fused, read instruction for instruction from `objdump -d libm.so.6`. It is not correctly rounded (about
 * 1 input in 30 differs from the nearest double), and V8's Math.expm1 (plain fdlibm) differs from it on
 * about 1 input in 1,700, hence this port.
 *
 * Fused multiply-adds come from glibcLog.ts's emulation (exact product, one final rounding).
 */
import { fma } from './glibcLog';

const INVLN2 = 1.4426950408889634;
const LN2_HI = 0.6931471803691238;
const LN2_LO = 1.9082149292705877e-10;
const Q1 = -0.03333333333333313;
const Q2 = 0.0015873015872548146;
const Q3 = -7.93650757867488e-05;
const Q4 = 4.008217827329362e-06;
const Q5 = -2.0109921818362437e-07;
const buf = new DataView(new ArrayBuffer(8));

/** y * 2**k by adding k to the exponent field (y is a normal number near 1, as in glibc). */
function scaleExp(y: number, k: number): number {
  buf.setFloat64(0, y);
  buf.setInt32(0, (buf.getInt32(0) + (k << 20)) | 0);
  return buf.getFloat64(0);
}

/** expm1(x) as glibc's FMA variant returns it. */
export function glibcExpm1(x: number): number {
  if (Number.isNaN(x)) return x;
  buf.setFloat64(0, x);
  const hx = buf.getInt32(0);
  const ax = hx & 0x7fffffff;
  const neg = hx < 0;
  let k = 0, c = 0, r = x;
  if (ax > 0x40436879) {
    // |x| >= 56 ln2
    if (ax > 0x40862e41) {
      if (x === Infinity) return x;
      if (x === -Infinity) return -1;
      if (x > 709.782712893384) return Infinity;
    }
    if (neg) return -1;
  }
  if (ax > 0x3fd62e42) {
    let hi: number, lo: number;
    if (ax <= 0x3ff0a2b1) {
      // 0.5 ln2 < |x| < 1.5 ln2
      if (neg) {
        hi = x + LN2_HI;
        lo = -LN2_LO;
        k = -1;
      } else {
        hi = x - LN2_HI;
        lo = LN2_LO;
        k = 1;
      }
    } else {
      k = Math.trunc(INVLN2 * x + (neg ? -0.5 : 0.5));
      hi = fma(-k, LN2_HI, x);
      lo = k * LN2_LO;
    }
    r = hi - lo;
    c = (hi - r) - lo;
  } else if (ax <= 0x3c8fffff) {
    return x; // |x| < 2**-54
  }
  const hfx = r * 0.5;
  const hxs = r * hfx;
  const r2 = fma(hxs, Q3, Q2);
  const r3 = fma(hxs, Q5, Q4);
  const h2 = hxs * hxs;
  const r1a = fma(hxs, Q1, 1);
  const h4 = h2 * h2;
  const r1 = fma(h4, r3, fma(h2, r2, r1a));
  const t = fma(-r1, hfx, 3);
  let e = ((r1 - t) / fma(-r, t, 6)) * hxs;
  if (k === 0) return r - fma(e, r, -hxs);
  e = fma(e - c, r, -c) - hxs;
  if (k === -1) return fma(r - e, 0.5, -0.5);
  if (k === 1) return r < -0.25 ? (e - (r + 0.5)) * -2.0 : fma(r - e, 2.0, 1.0);
  if (k <= -2 || k > 56) return scaleExp(1 - (e - r), k) - 1;
  if (k < 20) {
    buf.setInt32(0, 0x3ff00000 - (0x200000 >> k));
    buf.setInt32(4, 0);
    return scaleExp(buf.getFloat64(0) - (e - r), k);
  }
  buf.setInt32(0, (0x3ff - k) << 20);
  buf.setInt32(4, 0);
  return scaleExp(r - (e + buf.getFloat64(0)) + 1, k);
}
