/**
 * Double-double arithmetic on [hi, lo] pairs (an unevaluated sum with |lo| <= ulp(hi)/2): Dekker's
 * error-free product (Veltkamp splitting with SPLIT = 2**27 + 1), Knuth's two-sum, and add / multiply /
 * divide built on them, with about 106 bits of precision. ddExp evaluates exp on a double-double by
 * reduction mod ln 2 and a Taylor series on r/2**10 squared back up; ddToNumber rounds a double-double
 * times a power of two once, also when the result is subnormal.
 *
 * These allocating versions serve table set-up and the rarely hot special functions (erf/erfc); the
 * allocation-free hot-path variants live in libm.ts.
 */
import { frexp, ldexp } from './floatBits';

export const SPLIT = 134217729.0; // 2**27 + 1
export function twoProd(a: number, b: number): [number, number] {
  const p = a * b;
  let t = SPLIT * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b);
  const bl = b - bh;
  const err = al * bl - (((p - ah * bh) - al * bh) - ah * bl);
  return [p, err];
}

export type DD = [number, number];
export function twoSum(a: number, b: number): DD {
  const s = a + b;
  const bb = s - a;
  return [s, (a - (s - bb)) + (b - bb)];
}
export function ddAdd(a: DD, b: DD): DD {
  const [s, e] = twoSum(a[0], b[0]);
  const [t, f] = twoSum(a[1], b[1]);
  let [hi, lo] = twoSum(s, e + t);
  [hi, lo] = twoSum(hi, lo + f);
  return [hi, lo];
}
export function ddMul(a: DD, b: DD): DD {
  const [p, e] = twoProd(a[0], b[0]);
  const r = twoSum(p, e + (a[0] * b[1] + a[1] * b[0]));
  return r;
}
export function ddMulD(a: DD, b: number): DD {
  const [p, e] = twoProd(a[0], b);
  return twoSum(p, e + a[1] * b);
}
export function ddDiv(a: DD, b: DD): DD {
  const q1 = a[0] / b[0];
  let r = ddAdd(a, ddMulD(b, -q1));
  const q2 = r[0] / b[0];
  r = ddAdd(r, ddMulD(b, -q2));
  const q3 = r[0] / b[0];
  return ddAdd(twoSum(q1, q2), [q3, 0]);
}
export const LN2: DD = [0.6931471805599453, 2.3190468138462996e-17];

/** exp of a double-double, as [mantissa dd, power of two] to survive underflow */
export function ddExp(a: DD): [DD, number] {
  const k = Math.round(a[0] / LN2[0]);
  let r = ddAdd(a, ddMulD(LN2, -k));
  // exp(r) = exp(r/2**10)**(2**10)
  r = [r[0] / 1024, r[1] / 1024];
  let term: DD = [1, 0];
  let sum: DD = [1, 0];
  for (let i = 1; i < 14; i++) {
    term = ddMul(term, r);
    term = ddDiv(term, [i, 0]);
    sum = ddAdd(sum, term);
  }
  for (let i = 0; i < 10; i++) sum = ddMul(sum, sum);
  return [sum, k];
}

/** a double-double times 2**scale, rounded once (also when the result is subnormal) */
export function ddToNumber(a: DD, scale = 0): number {
  if (scale === 0) return a[0] + a[1];
  a = twoSum(a[0], a[1]);
  if (a[0] === 0) return a[0];
  if (frexp(a[0])[1] + scale > -1021) return ldexp(a[0] + a[1], scale);
  // subnormal result: round (a0 + a1) * 2**(scale+1074) to an integer n (ties to even), result n * 2**-1074
  const s = scale + 1074;
  const v = a[0] * 2 ** s; // exact: no underflow at these magnitudes
  const w = a[1] * 2 ** s;
  let n = Math.round(v);
  const rem = v - n + w;
  if (rem > 0.5 || (rem === 0.5 && n % 2 !== 0)) n += 1;
  else if (rem < -0.5 || (rem === -0.5 && n % 2 !== 0)) n -= 1;
  return n * 5e-324;
}
