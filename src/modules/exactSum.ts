/**
 * Error-free floating-point summation for `math.fsum`, `math.hypot` and `math.dist`.
 *
 * fsum is Shewchuk's algorithm (exact partial sums kept as non-overlapping doubles) with CPython's final
 * half-way rounding correction from mathmodule.c, so its result is the correctly rounded exact sum.
 * vectorNorm is CPython 3.11's vector_norm: scale by a power of two, accumulate the squares with
 * error-free products and sums, then one Newton correction of the square root; callers pass the
 * absolute values, their maximum and whether a NaN was seen.
 */
import { throwPy } from '../objects/errors';
import { frexp, ldexp } from '../../runtime/math/floatBits';
import { twoProd } from '../../runtime/math/doubleDouble';

// ---- fsum (Shewchuk's algorithm with CPython's final rounding correction) ----

/**
 * Sum of the doubles produced by `next` (undefined ends the sequence) with a single rounding. `next` is
 * called once per item, interleaved with the accumulation, so conversion errors surface in order.
 */
export function fsum(next: () => number | undefined): number {
  const p: number[] = [];
  let specialSum = 0.0;
  let infSum = 0.0;
  for (let item = next(); item !== undefined; item = next()) {
    let x = item;
    const xsave = x;
    let i = 0;
    for (let j = 0; j < p.length; j++) {
      let y = p[j];
      if (Math.abs(x) < Math.abs(y)) {
        const t = x;
        x = y;
        y = t;
      }
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0.0) p[i++] = lo;
      x = hi;
    }
    let n = i;
    if (x !== 0.0) {
      if (!Number.isFinite(x)) {
        if (Number.isFinite(xsave)) throwPy('OverflowError', 'intermediate overflow in fsum');
        if (!Number.isNaN(xsave)) infSum += xsave;
        specialSum += xsave;
        n = 0;
      } else {
        p[n++] = x;
      }
    }
    p.length = n;
  }
  if (specialSum !== 0.0) {
    if (Number.isNaN(infSum)) throwPy('ValueError', '-inf + inf in fsum');
    return specialSum;
  }
  let n = p.length;
  let hi = 0.0;
  if (n > 0) {
    hi = p[--n];
    let lo = 0.0;
    while (n > 0) {
      const x = hi;
      const y = p[--n];
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo !== 0.0) break;
    }
    if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
      const y = lo * 2.0;
      const x = hi + y;
      const yr = x - hi;
      if (y === yr) hi = x;
    }
  }
  return hi;
}

// ---- hypot / dist: CPython's vector_norm (error-free squaring and summation) ----

export function vectorNorm(vec: number[], max: number, foundNan: boolean): number {
  const n = vec.length;
  if (!Number.isFinite(max) && !Number.isNaN(max)) return max;
  if (foundNan) return NaN;
  if (max === 0 || n <= 1) return max;
  const maxE = frexp(max)[1];
  if (maxE < -1023) {
    const DBL_MIN = 2.2250738585072014e-308;
    return DBL_MIN * vectorNorm(vec.map((x) => x / DBL_MIN), max / DBL_MIN, foundNan);
  }
  const scale = ldexp(1.0, -maxE);
  let csum = 1.0;
  let frac1 = 0.0;
  let frac2 = 0.0;
  for (let i = 0; i < n; i++) {
    const x = vec[i] * scale;
    const [hi, lo] = twoProd(x, x);
    const s = csum + hi;
    frac2 += (csum - s) + hi;
    csum = s;
    frac1 += lo;
  }
  let h = Math.sqrt(csum - 1.0 + (frac1 + frac2));
  const [phi, plo] = twoProd(-h, h);
  const s = csum + phi;
  frac2 += (csum - s) + phi;
  csum = s;
  frac1 += plo;
  const x = csum - 1.0 + (frac1 + frac2);
  h += x / (2.0 * h);
  return h / scale;
}
