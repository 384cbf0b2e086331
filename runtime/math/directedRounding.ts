/**
 * Directed-rounding arithmetic in round-to-nearest doubles: SVML's AVX-512 code uses embedded rounding
 * (`{rz-sae}`, `{rd-sae}`) on some products, sums and FMAs, which JavaScript cannot select. Each function
 * computes the round-to-nearest result and the exact sign of what that rounding dropped (error-free
 * transformations: Dekker's product, Knuth's two-sum), then steps one ulp toward zero or toward -∞ when
 * the exact value lies on that side. Valid without overflow or underflow of the intermediate terms, which
 * the SVML main paths that use them guarantee.
 */
import { fma } from './fma';

const SPLIT = 134217729; // 2**27 + 1
const f = new Float64Array(1);
const w = new Uint32Array(f.buffer); // w[0] low word, w[1] high word (little-endian hosts)

/** the neighbour of a nonzero finite x one ulp closer to zero */
function towardZero(x: number): number {
  f[0] = x;
  if (w[0] === 0) w[1] -= 1;
  w[0] -= 1;
  return f[0];
}

/** the neighbour of a finite x one ulp closer to -∞ */
function down(x: number): number {
  if (x === 0) return -5e-324;
  if (x > 0) return towardZero(x);
  f[0] = x;
  w[0] += 1;
  if (w[0] === 0) w[1] += 1;
  return f[0];
}

/** the low part of a·b: a·b = p + lo exactly, p = round(a·b) */
export function prodErr(a: number, b: number, p: number): number {
  let t = SPLIT * a;
  const ah = t - (t - a), al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b), bl = b - bh;
  return al * bl - (((p - ah * bh) - al * bh) - ah * bl);
}

/** round(x) toward zero, given round-to-nearest r of x and the sign of x - r */
const rz = (r: number, restSign: number) => (restSign !== 0 && (restSign > 0) !== (r > 0) ? towardZero(r) : r);

/** a·b rounded toward zero */
export function mulRZ(a: number, b: number): number {
  const p = a * b;
  return p === 0 || !Number.isFinite(p) ? p : rz(p, prodErr(a, b, p));
}

/** a + b rounded toward zero */
export function addRZ(a: number, b: number): number {
  const s = a + b;
  if (s === 0 || !Number.isFinite(s)) return s;
  const bb = s - a;
  return rz(s, (a - (s - bb)) + (b - bb));
}

/** a + b rounded toward -∞ */
export function addRD(a: number, b: number): number {
  const s = a + b;
  if (!Number.isFinite(s)) return s;
  const bb = s - a;
  const e = (a - (s - bb)) + (b - bb);
  return e < 0 ? down(s) : s;
}

/** a·b + c rounded toward zero */
export function fmaRZ(a: number, b: number, c: number): number {
  const r = fma(a, b, c);
  if (r === 0 || !Number.isFinite(r)) return r;
  const p = a * b;
  return rz(r, sumSign4(p, prodErr(a, b, p), c, -r));
}

/** the sign of the exact sum a + b + c + d (Shewchuk's grow-expansion; the largest component decides) */
export function sumSign4(a: number, b: number, c: number, d: number): number {
  // expansion [e0, e1] of a + b, then grow by c and by d
  let s = a + b, bb = s - a;
  let e0 = (a - (s - bb)) + (b - bb);
  let e1 = s;
  let q = c;
  s = q + e0; bb = s - q; e0 = (q - (s - bb)) + (e0 - bb); q = s;
  s = q + e1; bb = s - q; e1 = (q - (s - bb)) + (e1 - bb); let e2 = s;
  q = d;
  s = q + e0; bb = s - q; e0 = (q - (s - bb)) + (e0 - bb); q = s;
  s = q + e1; bb = s - q; e1 = (q - (s - bb)) + (e1 - bb); q = s;
  s = q + e2; bb = s - q; e2 = (q - (s - bb)) + (e2 - bb);
  if (s !== 0) return s > 0 ? 1 : -1;
  if (e2 !== 0) return e2 > 0 ? 1 : -1;
  if (e1 !== 0) return e1 > 0 ? 1 : -1;
  return e0 > 0 ? 1 : e0 < 0 ? -1 : 0;
}
