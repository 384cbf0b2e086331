/**
 * sinh, cosh, tanh and asinh as glibc computes them (its dbl-64 versions are fdlibm's algorithms),
 * built on the glibc-exact exp, expm1, log and log1p ports — so CPython's math and cmath results are
 * reproduced bit for bit. Case splits use the high word of |x| as fdlibm does:
 *   cosh: |x| < ln2/2 → 1 + t²/(2(1+t)) with t = expm1|x|;  < 22 → (e + 1/e)/2;  larger → e/2 (split
 *         near overflow so e^(|x|/2) is squared);
 *   sinh: |x| < 22 → ±(2t - t²/(t+1))/2 below 1, ±(t + t/(t+1))/2 above, t = expm1|x|; larger as cosh;
 *   tanh: |x| < 22 → -t/(t+2), t = expm1(-2|x|), below 1, 1 - 2/(expm1(2|x|) + 2) above; ±1 beyond;
 *   asinh: log1p(|x| + x²/(1 + √(1+x²))) below 2, log(2|x| + 1/(√(x²+1) + |x|)) below 2^28, log|x| + ln2.
 */
import { glibcExp } from '../random/glibcExp';
import { glibcExpm1 } from '../random/glibcExpm1';
import { glibcLog, glibcLog1p } from '../random/glibcLog';

const dv = new DataView(new ArrayBuffer(8));
/** The high 32 bits of |x|'s IEEE-754 pattern. */
function highWord(x: number): number {
  dv.setFloat64(0, x);
  return dv.getUint32(0) & 0x7fffffff;
}
const LN2 = 0.6931471805599453;

export function cosh(x: number): number {
  const ix = highWord(x);
  if (ix >= 0x7ff00000) return x * x;
  const ax = Math.abs(x);
  if (ix < 0x3fd62e43) {
    const t = glibcExpm1(ax), w = 1 + t;
    if (ix < 0x3c800000) return w;
    return 1 + (t * t) / (w + w);
  }
  if (ix < 0x40360000) {
    const t = glibcExp(ax);
    return 0.5 * t + 0.5 / t;
  }
  if (ix < 0x40862e42) return 0.5 * glibcExp(ax);
  if (ix <= 0x408633ce) {
    const w = glibcExp(0.5 * ax), t = 0.5 * w;
    return t * w;
  }
  return Infinity;
}

export function sinh(x: number): number {
  const ix = highWord(x);
  if (ix >= 0x7ff00000) return x + x;
  const h = x < 0 ? -0.5 : 0.5, ax = Math.abs(x);
  if (ix < 0x40360000) {
    if (ix < 0x3e300000) return x;
    const t = glibcExpm1(ax);
    if (ix < 0x3ff00000) return h * (2 * t - (t * t) / (t + 1));
    return h * (t + t / (t + 1));
  }
  if (ix < 0x40862e42) return h * glibcExp(ax);
  if (ix <= 0x408633ce) {
    const w = glibcExp(0.5 * ax), t = h * w;
    return t * w;
  }
  return x * Infinity;
}

export function tanh(x: number): number {
  const ix = highWord(x);
  if (ix >= 0x7ff00000) return x !== x ? x : x > 0 ? 1 : -1;
  let z: number;
  if (ix < 0x40360000) {
    if (ix < 0x3c800000) return x * (1 + x);
    const ax = Math.abs(x);
    if (ix >= 0x3ff00000) z = 1 - 2 / (glibcExpm1(2 * ax) + 2);
    else {
      const t = glibcExpm1(-2 * ax);
      z = -t / (t + 2);
    }
  } else z = 1;
  return x < 0 ? -z : z;
}

export function asinh(x: number): number {
  const ix = highWord(x);
  if (ix >= 0x7ff00000) return x + x;
  if (ix < 0x3e300000) return x;
  const ax = Math.abs(x);
  let w: number;
  if (ix > 0x41b00000) w = glibcLog(ax) + LN2;
  else if (ix > 0x40000000) w = glibcLog(2 * ax + 1 / (Math.sqrt(x * x + 1) + ax));
  else {
    const t = x * x;
    w = glibcLog1p(ax + t / (1 + Math.sqrt(1 + t)));
  }
  return x < 0 ? -w : w;
}
