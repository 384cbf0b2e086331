/**
 * Complex inverse hyperbolic tangent and inverse tangent as glibc's catanh/catan compute them (NumPy's
 * complex loops call the C library's): the real part (of catanh) from a quarter log of the ratio of
 * |1 + z|^2 to |1 - z|^2 (log1p when that ratio is not small), the imaginary part from half the
 * atan2 of 2y and 1 - x^2 - y^2, the latter summed in extra precision near the unit circle. Signed
 * zeros choose the side of the branch cuts (so atanh(2+0j) and atanh(2-0j) differ), infinities and
 * NaNs follow C99 Annex G, and huge arguments use asymptotic forms. catan mirrors catanh with the
 * roles of the real and imaginary parts exchanged, as glibc writes it (not via catanh(iz)).
 */
import { Complex } from '../elements';
import { crLog, crAtan2 } from './libm';
import { fma } from './fma';
import { hypot } from './hypot';

const EPS = 2 ** -52;
const BIG = 16 / EPS;
const HALF_PI = Math.PI / 2;
const LN2 = Math.LN2;

const copysign = (x: number, s: number): number => (s < 0 || Object.is(s, -0) ? -Math.abs(x) : Math.abs(x));

/** x^2 + y^2 - 1 for 0 <= y <= x < 1 with little cancellation error (glibc's __x2y2m1) */
function x2y2m1(x: number, y: number): number {
  const xx = x * x, yy = y * y;
  const vals = [fma(x, x, -xx), xx, fma(y, y, -yy), yy, -1];
  const byMagnitude = (a: number, b: number) => Math.abs(a) - Math.abs(b);
  vals.sort(byMagnitude);
  for (let i = 0; i <= 3; i++) {
    const hi = vals[i + 1] + vals[i];
    const lo = vals[i + 1] - hi + vals[i];
    vals[i + 1] = hi;
    vals[i] = lo;
    const rest = vals.slice(i + 1).sort(byMagnitude);
    for (let k = 0; k < rest.length; k++) vals[i + 1 + k] = rest[k];
  }
  return vals[4] + vals[3] + vals[2] + vals[1] + vals[0];
}

/** 1 - a^2 - b^2 for the larger |part| `a` and the smaller `b`, as the atan2 denominator */
function oneMinusSquares(p: number, q: number): number {
  let a = Math.abs(p), b = Math.abs(q);
  if (a < b) [a, b] = [b, a];
  if (b < EPS / 2) {
    const d = (1 - a) * (1 + a);
    return d === 0 ? 0 : d;
  }
  if (a >= 1) return (1 - a) * (1 + a) - b * b;
  if (a >= 0.75 || b >= 0.5) return -x2y2m1(a, b);
  return (1 - a) * (1 + a) - b * b;
}

/** 1/4 log(((1 + t)^2 + s^2) / ((1 - t)^2 + s^2)): the part along the cut's axis */
function quarterLogRatio(t: number, s: number): number {
  if (Math.abs(t) === 1 && Math.abs(s) < EPS * EPS) return copysign(0.5, t) * (LN2 - crLog(Math.abs(s)));
  const s2 = Math.abs(s) >= EPS * EPS ? s * s : 0;
  let num = 1 + t;
  num = s2 + num * num;
  let den = 1 - t;
  den = s2 + den * den;
  const f = num / den;
  return f < 0.5 ? 0.25 * crLog(f) : 0.25 * Math.log1p((4 * t) / den);
}

/** glibc's asymptotic part for |t| or |s| >= 16/eps */
function farPart(t: number, s: number): number {
  if (Math.abs(s) <= 1) return 1 / t;
  if (Math.abs(t) <= 1) return t / s / s;
  const h = hypot(t / 2, s / 2);
  return t / h / h / 4;
}

const isInf = (v: number) => v === Infinity || v === -Infinity;

export function catanh(z: Complex): Complex {
  const x = z.re, y = z.im;
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (isInf(y)) return new Complex(copysign(0, x), copysign(HALF_PI, y));
    if (isInf(x) || x === 0) return new Complex(copysign(0, x), Number.isNaN(y) ? NaN : copysign(HALF_PI, y));
    return new Complex(NaN, NaN);
  }
  if (x === 0 && y === 0) return new Complex(x, y);
  if (Math.abs(x) >= BIG || Math.abs(y) >= BIG) return new Complex(farPart(x, y), copysign(HALF_PI, y));
  return new Complex(quarterLogRatio(x, y), 0.5 * crAtan2(2 * y, oneMinusSquares(x, y)));
}

export function catan(z: Complex): Complex {
  const x = z.re, y = z.im;
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (isInf(x)) return new Complex(copysign(HALF_PI, x), copysign(0, y));
    if (isInf(y)) return new Complex(Number.isNaN(x) ? NaN : copysign(HALF_PI, x), copysign(0, y));
    if (y === 0) return new Complex(NaN, copysign(0, y));
    return new Complex(NaN, NaN);
  }
  if (x === 0 && y === 0) return new Complex(x, y);
  if (Math.abs(x) >= BIG || Math.abs(y) >= BIG) return new Complex(copysign(HALF_PI, x), farPart(y, x));
  return new Complex(0.5 * crAtan2(2 * x, oneMinusSquares(x, y)), quarterLogRatio(y, x));
}
