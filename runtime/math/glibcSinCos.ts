/**
 * sin and cos exactly as glibc (2.28+) returns them on x86-64 with FMA — the `__sin_fma`/`__cos_fma`
 * builds of the IBM Accurate Mathematical Library's s_sin.c — for |x| < 0.85546875, which is all the
 * FFT twiddle computation needs (pocketfft reduces every angle to [0, π/4]). glibc is not correctly
 * rounded there (≈0.52 ulp), so CPython/NumPy results depend on its exact arithmetic; outside that
 * range these fall back to the correctly rounded crSin/crCos.
 *
 * Algorithm (per glibc): |x| < 0.126 → Taylor polynomial s1…s5 for sin; otherwise x = x0 + r with
 * x0 = k/128 (k from adding 1.5·2^45), a double-double table of sin(x0), cos(x0), and short
 * polynomials in r combined as in `do_sin`/`do_cos`. Where GCC contracts a·b + c into an FMA in those
 * builds, `fma` (exact, via BigInt) is used; the order of operations is otherwise glibc's. The table is
 * generated on first use from a 200-bit fixed-point series (hi = RN(v), lo = RN(v − hi)), which
 * reproduces glibc's `__sincostab`.
 */
import { crCos, crSin } from './libm';

const F64 = new Float64Array(1);
const U64 = new BigUint64Array(F64.buffer);

/** x = m · 2^e with m a signed integer. */
function decompose(x: number): [bigint, number] {
  F64[0] = x;
  const b = U64[0];
  const ex = Number((b >> 52n) & 0x7ffn);
  let m = b & ((1n << 52n) - 1n);
  let e: number;
  if (ex === 0) e = -1074;
  else { m |= 1n << 52n; e = ex - 1075; }
  return [b >> 63n ? -m : m, e];
}

/** Correctly rounded a·b + c (normal-range operands). */
function fma(a: number, b: number, c: number): number {
  const p = a * b;
  if (!Number.isFinite(p) || !Number.isFinite(c) || a === 0 || b === 0) return p + c;
  if (c === 0) return p;
  const [ma, ea] = decompose(a), [mb, eb] = decompose(b), [mc, ec] = decompose(c);
  const ep = ea + eb, e = Math.min(ep, ec);
  const s = ((ma * mb) << BigInt(ep - e)) + (mc << BigInt(ec - e));
  if (s === 0n) return 0;
  let mag = s < 0n ? -s : s;
  let shift = e;
  const len = mag.toString(2).length;
  if (len > 60) {
    const drop = len - 60;
    const sticky = (mag & ((1n << BigInt(drop)) - 1n)) !== 0n;
    mag >>= BigInt(drop);
    if (sticky) mag |= 1n;
    shift += drop;
  }
  const r = Number(mag) * 2 ** shift;
  return s < 0n ? -r : r;
}

const S1 = -0.16666666666666666, S2 = 0.0083333333333323288, S3 = -0.00019841269834414642;
const S4 = 2.755729806860771e-06, S5 = -2.5022014848318398e-08;
const SN3 = -1.66666666666664880952546298448555e-01, SN5 = 8.33333214285722277379541354343671e-03;
const CS2 = 4.99999999999999999999950396842453e-01, CS4 = -4.16666666666664434524222570944589e-02;
const CS6 = 1.38888874007937613028114285595617e-03;
const BIG = 52776558133248; // 1.5 · 2^45: adding it rounds to a multiple of 1/128
const LIMIT = 0.85546875;

let table: Float64Array | null = null;

/** sin(k/128), cos(k/128) for k < 110 as double-double pairs: [sinHi, sinLo, cosHi, cosLo]. */
function sinCosTable(): Float64Array {
  if (table) return table;
  const P = 200n, ONE = 1n << P;
  const split = (v: bigint, out: Float64Array, at: number): void => {
    const hi = Number(v) / 2 ** 200;
    const [m, e] = decompose(hi);
    const H = e + 200 >= 0 ? m << BigInt(e + 200) : m >> BigInt(-(e + 200));
    out[at] = hi;
    out[at + 1] = Number(v - H) / 2 ** 200;
  };
  const t = new Float64Array(440);
  for (let k = 0; k < 110; k++) {
    const x = (BigInt(k) << P) / 128n;
    const x2 = (x * x) >> P;
    let s = 0n, c = 0n;
    for (let i = 1, term = x; term !== 0n; i += 2) { s += term; term = -((term * x2) >> P) / BigInt((i + 1) * (i + 2)); }
    for (let i = 0, term = ONE; term !== 0n; i += 2) { c += term; term = -((term * x2) >> P) / BigInt((i + 1) * (i + 2)); }
    split(s, t, 4 * k);
    split(c, t, 4 * k + 2);
  }
  table = t;
  return t;
}

/** glibc's sin(x). */
export function glibcSin(x: number): number {
  const ax = Math.abs(x);
  if (!(ax < LIMIT)) return crSin(x);
  if (ax < 2 ** -26) return x;
  if (ax < 0.126) {
    const xx = x * x;
    const poly = fma(fma(fma(fma(S5, xx, S4), xx, S3), xx, S2), xx, S1);
    return x + (poly * x) * xx;
  }
  const u = BIG + ax;
  const k = 4 * Math.round((u - BIG) * 128);
  const r = ax - (u - BIG);
  const rr = r * r;
  const t = sinCosTable();
  const sn = t[k], ssn = t[k + 1], cs = t[k + 2], ccs = t[k + 3];
  const s = r + (r * rr) * fma(rr, SN5, SN3);
  const c = rr * fma(rr, fma(rr, CS6, CS4), CS2);
  const cor = fma(cs, s, fma(-sn, c, fma(s, ccs, ssn)));
  const res = sn + cor;
  return x < 0 ? -res : res;
}

/** glibc's cos(x). */
export function glibcCos(x: number): number {
  const ax = Math.abs(x);
  if (!(ax < LIMIT)) return crCos(x);
  if (ax < 2 ** -27) return 1;
  const u = BIG + ax;
  const k = 4 * Math.round((u - BIG) * 128);
  const r = ax - (u - BIG);
  const rr = r * r;
  const t = sinCosTable();
  const sn = t[k], ssn = t[k + 1], cs = t[k + 2], ccs = t[k + 3];
  const s = fma(r * rr, fma(rr, SN5, SN3), r);
  const c = rr * fma(rr, fma(rr, CS6, CS4), CS2);
  const cor = fma(-sn, s, fma(-cs, c, fma(-s, ssn, ccs)));
  return cs + cor;
}
