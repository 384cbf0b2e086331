/**
 * `log` and `log1p` exactly as glibc 2.36 computes them on x86-64 CPUs with FMA — the functions NumPy's
 * legacy Gaussian and exponential (log) and Generator's ziggurat tails and inverse-CDF exponential (log1p)
 * call. Neither is correctly rounded: glibc's log (ARM optimized-routines, < 0.52 ulp) gives the other
 * neighbour for about 1 input in 1,200 (about 1 legacy normal in 2,500 would be an ulp off), log1p (fdlibm
 * with glibc's polynomial grouping) for about 1 in 14. So both follow glibc's FMA builds instruction for
 * instruction (read from `objdump -d libm.so.6`):
 *
 * - log, x near 1 (0x1.ep-1 <= x < 1 + 0x1.09p-4): r = x - 1, log1p(r) by the degree-11 polynomial B with
 *   the r^2/2 term split exactly (rhi = r rounded to 26 bits); otherwise x = 2^k z with z in
 *   [0x1.6p-1, 0x1.6p0) and r = z * invc - 1 for the subinterval's reciprocal centre, log x = k ln2 + logc +
 *   log1p(r) with the degree-6 polynomial A (table in glibcLogTable.ts);
 * - log1p: 1 + x = 2^k (1 + f) with a correction term c, then log(1 + f) = f - (hfsq - s (hfsq + R)) with
 *   s = f / (2 + f) and R a degree-7 polynomial in s^2 evaluated as glibc groups it.
 *
 * Fused multiply-adds are emulated by an exact product (Dekker) and an exact sum of its high part with the
 * addend; the final addition rounds once more, which is exact except when it falls within 2**-100 or so of
 * a rounding boundary. Inputs outside what NumPy passes (log: positive normal numbers; log1p: finite
 * x > -1) fall back to the correctly rounded log.
 */
import { crLog } from '../math/libm';
import { LN2HI, LN2LO, A, B, INVC, LOGC } from './glibcLogTable';

const SPLIT = 134217729; // 2**27 + 1

/** a * b + c with one rounding (up to the rare double-rounding case described above). */
export function fma(a: number, b: number, c: number): number {
  const p = a * b;
  let t = SPLIT * a;
  const ah = t - (t - a), al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b), bl = b - bh;
  const e = ah * bh - p + ah * bl + al * bh + al * bl; // a*b = p + e exactly
  const s = p + c;
  const v = s - p;
  const f = p - (s - v) + (c - v); // p + c = s + f exactly
  return s + (f + e);
}

const buf = new DataView(new ArrayBuffer(8));
const NEAR_LO = 1 - 2 ** -4;
const NEAR_HI = 1 + 0x109 / 0x1000;
const TWO27 = 134217728;

/** log(x) as glibc's FMA variant returns it. */
export function glibcLog(x: number): number {
  if (x >= NEAR_LO && x < NEAR_HI) {
    if (x === 1) return 0;
    const r = x - 1;
    const r2 = r * r;
    const r3 = r * r2;
    let q1 = fma(r, B[2], B[1]);
    let q2 = fma(r, B[5], B[4]);
    let q3 = fma(r, B[8], B[7]);
    q1 = fma(r2, B[3], q1);
    q2 = fma(r2, B[6], q2);
    q3 = fma(r2, B[9], q3);
    q3 = fma(r3, B[10], q3);
    q3 = fma(q3, r3, q2);
    const poly = fma(q3, r3, q1);
    // r*r/2 split exactly: rhi keeps the top 26 bits of r
    const w = r * TWO27;
    const rhi = r + w - w;
    const rlo = r - rhi;
    const rr = rhi * rhi;
    const hi = r + rr * B[0];
    let lo = r - hi + rr * B[0];
    lo = fma(B[0] * rlo, r + rhi, lo);
    return hi + fma(poly, r3, lo);
  }
  if (!(x >= 2.2250738585072014e-308 && x < Infinity)) return crLog(x);
  buf.setFloat64(0, x);
  const top = buf.getInt32(0);
  const tmp = (top - 0x3fe60000) | 0;
  const i = (tmp >>> 13) & 0x7f;
  const k = tmp >> 20;
  buf.setInt32(0, top - (tmp & 0xfff00000));
  const z = buf.getFloat64(0);
  const kd = k;
  const wv = fma(kd, LN2HI, LOGC[i]);
  const r = fma(z, INVC[i], -1);
  const p12 = fma(r, A[2], A[1]);
  const hi = r + wv;
  const r2 = r * r;
  let lo = fma(kd, LN2LO, wv - hi + r);
  const r3 = r * r2;
  const p34 = fma(r, A[4], A[3]);
  lo = fma(r2, A[0], lo);
  const poly = fma(p34, r2, p12);
  return fma(r3, poly, lo) + hi;
}

const LN2_HI = 0.6931471803691238;
const LN2_LO = 1.9082149292705877e-10;
const LP1 = 0.6666666666666735;
const LP2 = 0.3999999999940942;
const LP3 = 0.2857142874366239;
const LP4 = 0.22222198432149784;
const LP5 = 0.1818357216161805;
const LP6 = 0.15313837699209373;
const LP7 = 0.14798198605116586;
const TWO_THIRDS = 0.6666666666666666;

/** log(1 + x) as glibc's FMA variant of log1p returns it. */
export function glibcLog1p(x: number): number {
  if (!(x > -1 && x < 9007199254740992)) return crLog(1 + x);
  buf.setFloat64(0, x);
  const hx = buf.getInt32(0);
  const ax = hx & 0x7fffffff;
  if (hx < 0x3fda827a && ax < 0x3e200000) {
    // |x| < 2**-29
    if (ax < 0x3c900000) return x;
    return x - x * x * 0.5;
  }
  let k = 0, f = x, c = 0, hu = 1;
  if (!(hx < 0x3fda827a && (hx > 0 || (hx >>> 0) < 0xbfd2bec4))) {
    // 1 + x = 2^k * u: the correction term c keeps what rounding 1 + x lost
    let u = 1 + x;
    buf.setFloat64(0, u);
    hu = buf.getInt32(0);
    k = (hu >> 20) - 1023;
    c = (k > 0 ? 1 - (u - x) : x - (u - 1)) / u;
    hu &= 0x000fffff;
    if (hu < 0x6a09e) {
      buf.setInt32(0, hu | 0x3ff00000);
    } else {
      k += 1;
      buf.setInt32(0, hu | 0x3fe00000);
      hu = (0x00100000 - hu) >> 2;
    }
    u = buf.getFloat64(0);
    f = u - 1;
  }
  const hfsq = 0.5 * f * f;
  if (hu === 0) {
    // |f| < 2**-20
    if (f === 0) return k === 0 ? 0 : fma(k, LN2_HI, fma(k, LN2_LO, c));
    const r = fma(-f, TWO_THIRDS, 1) * hfsq;
    if (k === 0) return f - r;
    return fma(k, LN2_HI, -(r - fma(k, LN2_LO, c) - f));
  }
  const s = f / (2 + f);
  const z = s * s;
  const z2 = z * z;
  const z4 = z2 * z2;
  const z6 = z2 * z4;
  let r = fma(z, LP1, z2 * fma(z, LP3, LP2));
  r = fma(z4, fma(z, LP5, LP4), r);
  r = fma(z6, fma(z, LP7, LP6), r);
  const t = (r + hfsq) * s;
  if (k === 0) return f - (hfsq - t);
  return fma(k, LN2_HI, -(hfsq - (fma(k, LN2_LO, c) + t) - f));
}
