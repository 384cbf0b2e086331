/**
 * Fused multiply-add, a·b + c rounded once, in plain double arithmetic: what the FMA instructions in
 * NumPy's SIMD loops and Intel SVML compute, which JavaScript and baseline WebAssembly lack.
 *
 * Method: Dekker's product gives a·b = p + pl exactly, Knuth's two-sum gives p + c = s + e exactly and
 * e + pl = t + t2 exactly, so a·b + c = s + t + t2 with |t2| <= ulp(t)/2. Rounding s + t once is the
 * answer except when s + t falls exactly on a midpoint between two doubles and t2 pushes the true sum off
 * it, towards the other neighbour (the grid of s + t is fine enough that t2 cannot cross a midpoint
 * otherwise). When p and c nearly cancel, s is exact and t = pl, so the sum is rounded once directly.
 * Valid while |a|, |b| < 2**995 and no intermediate underflows, which holds for the kernels that use
 * it (runtime/math/svmlExp.ts); other operands fall back to a·b + c.
 *
 * The WebAssembly version of the same sequence is emitted by runtime/wasm/svmlExpCode.ts.
 */

const SPLIT = 134217729; // 2**27 + 1

/** round(a·b + c) with a single rounding */
export function fma(a: number, b: number, c: number): number {
  const p = a * b;
  if (!(Math.abs(a) < 1e298 && Math.abs(b) < 1e298 && Math.abs(p) < 1e300) || p === 0) return p + c;
  // Dekker: p + pl = a·b
  let u = SPLIT * a;
  const ah = u - (u - a);
  const al = a - ah;
  u = SPLIT * b;
  const bh = u - (u - b);
  const bl = b - bh;
  const pl = al * bl - (((p - ah * bh) - al * bh) - ah * bl);
  // s + e = p + c
  const s = p + c;
  let bb = s - p;
  const e = (p - (s - bb)) + (c - bb);
  // t + t2 = e + pl
  const t = e + pl;
  bb = t - e;
  const t2 = (e - (t - bb)) + (pl - bb);
  const z = s + t;
  if (t2 === 0) return z;
  // r = s + t - z exactly; a tie is |r| = half the gap to the neighbour z + 2r
  const r = t - (z - s);
  if (r !== 0 && r > 0 === t2 > 0 && z + 2 * r - z === 2 * r) return z + 2 * r;
  return z;
}
