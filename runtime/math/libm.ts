/**
 * Correctly rounded elementary functions: exp, exp2, log, log2, pow, sin, cos, tan, atan, atan2, asin and
 * acos, plus log10, cosh, sinh, acosh and asinh by the classic formulas glibc builds on its exp/log.
 *
 * CPython uses glibc's libm, which is correctly rounded in all but rare cases, while JS engines use fdlibm
 * ports that are an ulp off on a few percent of inputs. Here each function is evaluated in double-double
 * arithmetic (errors around 2**-75 or below) and rounded once, so results agree with CPython's: exp by a
 * 64-entry table of 2**(j/64) and a short polynomial; log by a table of log(j/1024); pow as exp(y·log x)
 * in double-double; sin/cos/tan after exact argument reduction (Cody–Waite with π/2 in four pieces below
 * 2**20, Payne–Hanek with a 1400-bit expansion of 2/π beyond). The exp, log and reduction tables are
 * built on first use.
 *
 * Invariant: hot paths avoid allocation, so an internal double-double result is returned as its high
 * part with the low part left in `OUT[0]` (a power of two in `OUT[1]`, the quadrant in `Q`
 * where noted); read them right after the call. Only the cr* functions are exported.
 */
import { bitsOf, fromBits, frexp, ldexp } from './floatBits';
import { SPLIT, LN2, ddAdd, ddMulD, ddExp, ddToNumber } from './doubleDouble';

// ---- double-double helpers without allocation (results in hi + OUT[0]) ----

// the low part and power of two of internal results; a typed array, because a module-level `let`
// holding a double is a heap number that V8 allocates anew on every store
const OUT = new Float64Array(2);
function ts(a: number, b: number): number {
  const s = a + b;
  const bb = s - a;
  OUT[0] = (a - (s - bb)) + (b - bb);
  return s;
}
function qts(a: number, b: number): number {
  const s = a + b;
  OUT[0] = b - (s - a);
  return s;
}
function tp(a: number, b: number): number {
  const p = a * b;
  let t = SPLIT * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b);
  const bl = b - bh;
  OUT[0] = al * bl - (((p - ah * bh) - al * bh) - ah * bl);
  return p;
}
function add2(ah: number, al: number, bh: number, bl: number): number {
  const s = ah + bh;
  let bb = s - ah;
  const e = (ah - (s - bb)) + (bh - bb);
  const t = al + bl;
  bb = t - al;
  const f = (al - (t - bb)) + (bl - bb);
  let lo = e + t;
  let hi = s + lo;
  lo = lo - (hi - s);
  lo += f;
  const h2 = hi + lo;
  OUT[0] = lo - (h2 - hi);
  hi = h2;
  return hi;
}
function div2(ah: number, al: number, bh: number, bl: number): number {
  const q1 = ah / bh;
  let r = mul2(bh, bl, -q1, 0);
  r = add2(ah, al, r, OUT[0]);
  let rl = OUT[0];
  const q2 = r / bh;
  let t = mul2(bh, bl, -q2, 0);
  t = add2(r, rl, t, OUT[0]);
  rl = OUT[0];
  const q3 = (t + rl) / bh;
  const s = qts(q1, q2);
  return qts(s, OUT[0] + q3);
}
/** binary exponent e of x (x = m * 2**e, 0.5 <= |m| < 1) for normal nonzero x */
function expOf(x: number): number {
  F64[0] = x;
  return ((U32[HIW] >>> 20) & 0x7ff) - 1022;
}
function mul2(ah: number, al: number, bh: number, bl: number): number {
  const p = tp(ah, bh);
  const e = OUT[0] + (ah * bl + al * bh);
  const s = p + e;
  OUT[0] = e - (s - p);
  return s;
}

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
F64[0] = 1;
const HIW = U32[1] === 0x3ff00000 ? 1 : 0;
const POW2 = new Float64Array(2100); // POW2[k + 1074] = 2**k
for (let k = -1074; k <= 1023; k++) POW2[k + 1074] = 2 ** k;

/** hi + lo times 2**k, rounded once (the careful path covers subnormal results) */
function finish(hi: number, lo: number, k: number): number {
  if (k === 0) return hi + lo;
  if (k > -1000 && k < 1000) {
    const v = (hi + lo) * POW2[k + 1074];
    if (Math.abs(v) >= 2.2250738585072014e-308) return v;
  }
  return ddToNumber([hi, lo], k);
}

// exp: x = k*ln2/64 + r, exp(x) = 2**(k>>6) * 2**((k&63)/64) * exp(r)
const EXP_HI = new Float64Array(64);
const EXP_LO = new Float64Array(64);
let expReady = false;
function expTables(): void {
  for (let j = 0; j < 64; j++) {
    const [m, k] = ddExp(ddMulD(LN2, j / 64));
    const h = qts(m[0], m[1]);
    EXP_HI[j] = ldexp(h, k);
    EXP_LO[j] = ldexp(OUT[0], k);
  }
  expReady = true;
}
const INV_LN2_64 = 64 / Math.LN2;
// ln2/64 split so that k * LN2_64_HI is exact for |k| < 2**24
const LN2_64_HI = fromBits(bitsOf(Math.LN2 / 64) & ~0xfffffffn);
const LN2_64_LO_DD = ddAdd(ddMulD(LN2, 1 / 64), [-LN2_64_HI, 0]);
const LN2_64_LO = LN2_64_LO_DD[0];
const LN2_64_LO2 = LN2_64_LO_DD[1];

/** exp(r + rl) * 2**(kf/64) for |r| <= ln2/128 (roughly): returns hi, OUT[0], and the power of two in OUT[1] */
function expKernel(r: number, rl: number, kf: number): number {
  if (!expReady) expTables();
  const s = tp(r, r);
  const h = s * 0.5;
  const hl = OUT[0] * 0.5 + r * rl;
  const t3 = s * r * (1 / 6 + r * (1 / 24 + r * (1 / 120 + r * (1 / 720 + r * (1 / 5040 + r / 40320)))));
  const a = ts(r, h);
  const al = OUT[0] + (t3 + rl + hl);
  const e = qts(1, a);
  const el = OUT[0] + al;
  const j = kf & 63;
  OUT[1] = (kf - j) / 64;
  const th = EXP_HI[j];
  const tl = EXP_LO[j];
  const ph = tp(th, e);
  OUT[0] = OUT[0] + th * el + tl * e;
  return ph;
}

/** exp(x + xl) for |x| < 746: returns hi, OUT[0], OUT[1] */
function expDD(x: number, xl: number): number {
  const kf = Math.round(x * INV_LN2_64);
  const r0 = x - kf * LN2_64_HI;
  const r = ts(r0, xl - kf * LN2_64_LO - kf * LN2_64_LO2);
  return expKernel(r, OUT[0], kf);
}

export function crExp(x: number): number {
  if (!(x <= 709.8)) return x > 0 ? Infinity : x; // NaN stays NaN
  if (x < -745.2) return 0;
  if (Math.abs(x) < 5.551115123125783e-17) return 1 + x;
  const h = expDD(x, 0);
  return finish(h, OUT[0], OUT[1]);
}

export function crExp2(x: number): number {
  if (!(x < 1024)) return x > 0 ? Infinity : x;
  if (x < -1075.5) return 0;
  const kf = Math.round(x * 64);
  const f = x - kf / 64; // exact
  const r = tp(f, LN2[0]);
  const h = expKernel(r, OUT[0] + f * LN2[1], kf);
  return finish(h, OUT[0], OUT[1]);
}

// log: x = 2**e * m, m = c * (1 + u) with c = j/1024 from a table of log(c) in double-double
const LOG_J0 = 723;
const LOG_J1 = 1450;
const LOG_HI = new Float64Array(LOG_J1 - LOG_J0 + 1);
const LOG_LO = new Float64Array(LOG_J1 - LOG_J0 + 1);
let logReady = false;
function logTables(): void {
  for (let j = LOG_J0; j <= LOG_J1; j++) {
    const c = j / 1024;
    // one Newton step from Math.log in double-double: y + c*exp(-y) - 1
    const y = Math.log(c);
    const [m, k] = ddExp([-y, 0]);
    const ce = ddMulD([ldexp(m[0], k), ldexp(m[1], k)], c);
    const v = ddAdd([y, 0], ddAdd(ce, [-1, 0]));
    LOG_HI[j - LOG_J0] = v[0];
    LOG_LO[j - LOG_J0] = v[1];
  }
  logReady = true;
}

/** natural log of a positive finite x: returns hi and leaves the low part in OUT[0] */
function logDD(x: number): number {
  if (!logReady) logTables();
  F64[0] = x;
  let hw = U32[HIW];
  let e = (hw >>> 20) - 1023;
  if (e === -1023) {
    F64[0] = x * 18014398509481984; // 2**54: subnormal → normal
    hw = U32[HIW];
    e = (hw >>> 20) - 1023 - 54;
  }
  U32[HIW] = (hw & 0x000fffff) | 0x3ff00000;
  let m = F64[0];
  if (m > Math.SQRT2) {
    m *= 0.5;
    e += 1;
  }
  const j = Math.round(m * 1024);
  const c = j / 1024;
  const d = m - c; // exact
  const uh = d / c;
  const ph = tp(uh, c);
  const ul = (d - ph - OUT[0]) / c;
  // log(1+u) = u - u²/2 + u³/3 - …
  const s = tp(uh, uh);
  const h = -0.5 * s;
  const hl = -0.5 * OUT[0] - uh * ul;
  const t3 = s * uh * (1 / 3 - uh * (1 / 4 - uh * (1 / 5 - uh * (1 / 6 - uh * (1 / 7 - uh / 8)))));
  const a = ts(uh, h);
  const al = OUT[0] + (ul + hl + t3);
  const lh = tp(LN2[0], e);
  const ll = OUT[0] + LN2[1] * e;
  const th = add2(lh, ll, LOG_HI[j - LOG_J0], LOG_LO[j - LOG_J0]);
  return add2(th, OUT[0], a, al);
}

export function crLog(x: number): number {
  if (!(x > 0) || x === Infinity) return Math.log(x);
  const h = logDD(x);
  return h + OUT[0];
}

const INV_LN2_HI = 1.4426950408889634;
const INV_LN2_LO = 2.0355273740931033e-17;
export function crLog2(x: number): number {
  if (!(x > 0) || x === Infinity) return Math.log2(x);
  const h = logDD(x);
  const v = mul2(h, OUT[0], INV_LN2_HI, INV_LN2_LO);
  return v + OUT[0];
}

// log10 as glibc computes it: y*log10(2) split in two parts plus log(x')/ln(10)
const LOG10_2HI = 0.30102999566361177;
const LOG10_2LO = 3.694239077158931e-13;
const IVLN10 = 0.4342944819032518;
export function crLog10(x: number): number {
  if (!(x > 0) || x === Infinity) return Math.log10(x);
  const [m, e] = frexp(x);
  const k = e - 1;
  const xr = k < 0 ? m : 2 * m;
  const y = k < 0 ? k + 1 : k;
  const z = y * LOG10_2LO + IVLN10 * crLog(xr);
  return z + y * LOG10_2HI;
}

/** pow for finite x > 0 and finite y */
function powPos(x: number, y: number): number {
  const lh = logDD(x);
  const ll = OUT[0];
  const th = tp(y, lh);
  const tl = OUT[0] + y * ll;
  const t = th + tl;
  if (t > 709.8) return Infinity;
  if (t < -745.2) return 0;
  const h = expDD(th, tl);
  return finish(h, OUT[0], OUT[1]);
}

/** C pow() with correctly rounded finite results (NaN for a negative base and non-integer y). */
export function crPow(x: number, y: number): number {
  if (y === 0 || x === 1) return 1;
  if (!Number.isFinite(x) || !Number.isFinite(y) || x === 0) return Math.pow(x, y);
  if (y === 1) return x;
  // one rounding each: the correctly rounded results, whatever the sign of x
  if (y === 2) return x * x;
  if (y === -1) return 1 / x;
  if (x < 0) {
    if (!Number.isInteger(y)) return NaN;
    const r = powPos(-x, y);
    return Math.abs(y) < 2 ** 53 && Math.abs(y) % 2 === 1 ? -r : r;
  }
  if (y === 0.5 && x !== Infinity) return Math.sqrt(x);
  return powPos(x, y);
}

// ---- sin / cos / tan with exact argument reduction ----

/** π/2 in pieces of 33, 33, 33 and 53 bits (k * piece exact for |k| < 2**20) */
let PIO2_1 = 0, PIO2_2 = 0, PIO2_3 = 0, PIO2_4 = 0;
let twoOverPiBits: bigint | null = null;
const TWO_OVER_PI_PREC = 1400;

function bigPi(bits: number): bigint {
  // Machin: π = 16 atan(1/5) - 4 atan(1/239), in fixed point with `bits` fraction bits
  const guard = 32n;
  const one = 1n << (BigInt(bits) + guard);
  const atanInv = (n: bigint): bigint => {
    let sum = 0n;
    let term = one / n;
    const n2 = n * n;
    for (let k = 1n, sign = 1n; term !== 0n; k += 2n, sign = -sign) {
      sum += (sign * term) / k;
      term /= n2;
    }
    return sum;
  };
  return (16n * atanInv(5n) - 4n * atanInv(239n)) >> guard;
}

function reductionConstants(): void {
  const P = BigInt(TWO_OVER_PI_PREC + 64);
  const pi = bigPi(Number(P)); // π * 2**P = π/2 * 2**(P+1)
  const scale = P + 1n;
  const parts: number[] = [];
  let rest = pi;
  for (const width of [33, 33, 33, 53]) {
    const drop = BigInt(rest.toString(2).length) - BigInt(width);
    const top = rest >> drop;
    parts.push(Number(top) * 2 ** Number(drop - scale));
    rest -= top << drop;
  }
  [PIO2_1, PIO2_2, PIO2_3, PIO2_4] = parts;
  twoOverPiBits = (1n << (P + BigInt(TWO_OVER_PI_PREC) + 1n)) / pi; // 2/π * 2**PREC
}

const PIO2_HI = 1.5707963267948966;
const PIO2_LO = 6.123233995736766e-17;
let Q = 0;

/** x = q*π/2 + r with |r| <= π/4 (roughly): returns r's high part, OUT[0] its low part, Q = q mod 4 */
function reduce(x: number): number {
  const ax = Math.abs(x);
  if (ax <= 0.7853981633974483) {
    Q = 0;
    OUT[0] = 0;
    return x;
  }
  if (twoOverPiBits === null) reductionConstants();
  if (ax < 1048576) {
    const k = Math.round(x * 0.6366197723675814);
    const a = x - k * PIO2_1; // exact
    const h = ts(a, -k * PIO2_2);
    let v = add2(h, OUT[0], -k * PIO2_3, 0);
    const vl = OUT[0];
    const p4 = tp(-k, PIO2_4);
    v = add2(v, vl, p4, OUT[0]);
    Q = k & 3;
    return v;
  }
  // Payne–Hanek with a long binary expansion of 2/π
  const [mant, ex] = frexp(ax);
  const M = BigInt(mant * 9007199254740992);
  const shift = BigInt(TWO_OVER_PI_PREC - (ex - 53)); // ax*2/π = M*bits / 2**shift
  const prod = M * twoOverPiBits!;
  let q = Number((prod >> shift) & 3n);
  let frac = prod & ((1n << shift) - 1n);
  if (frac >> (shift - 1n)) {
    q = (q + 1) & 3;
    frac -= 1n << shift;
  }
  const top = frac >> (shift - 200n);
  const fh = Number(top);
  const fl = Number(top - BigInt(fh));
  const r = mul2(fh * 2 ** -200, fl * 2 ** -200, PIO2_HI, PIO2_LO);
  if (x < 0) {
    Q = (4 - q) & 3;
    OUT[0] = -OUT[0];
    return -r;
  }
  Q = q;
  return r;
}

const C3H = -0.16666666666666666, C3L = -9.25185853854297e-18;
const C5H = 0.008333333333333333, C5L = 1.1564823173178714e-19;
const C7H = -0.0001984126984126984, C7L = -1.7209558293420705e-22;
const C9 = 2.7557319223985893e-6;
const D4H = 0.041666666666666664, D4L = 2.3129646346357427e-18;
const D6H = -0.001388888888888889, D6L = 5.300543954373577e-20;
const D8 = 2.48015873015873e-5;

/** sin(r + rl) for |r| <= π/4 + a little: hi, OUT[0] */
function sinKernel(r: number, rl: number): number {
  const s = tp(r, r);
  const s2h = ts(s, OUT[0] + 2 * r * rl);
  const s2l = OUT[0];
  const x2 = s2h;
  const p1 = C9 + x2 * (-1 / 39916800 + x2 * (1 / 6227020800 + x2 * (-1 / 1307674368000 + x2 * (1 / 355687428096000 + x2 * (-1 / 121645100408832000 + x2 / 51090942171709440000)))));
  let ph = tp(p1, s2h);
  let pl = OUT[0] + p1 * s2l;
  ph = add2(ph, pl, C7H, C7L);
  ph = mul2(ph, OUT[0], s2h, s2l);
  ph = add2(ph, OUT[0], C5H, C5L);
  ph = mul2(ph, OUT[0], s2h, s2l);
  ph = add2(ph, OUT[0], C3H, C3L);
  ph = mul2(ph, OUT[0], s2h, s2l);
  pl = OUT[0];
  ph = mul2(ph, pl, r, rl);
  return add2(r, rl, ph, OUT[0]);
}

/** cos(r + rl) for |r| <= π/4 + a little: hi, OUT[0] */
function cosKernel(r: number, rl: number): number {
  const s = tp(r, r);
  const s2h = ts(s, OUT[0] + 2 * r * rl);
  const s2l = OUT[0];
  const x2 = s2h;
  const p1 = D8 + x2 * (-1 / 3628800 + x2 * (1 / 479001600 + x2 * (-1 / 87178291200 + x2 * (1 / 20922789888000 + x2 * (-1 / 6402373705728000 + x2 / 2432902008176640000)))));
  let ph = tp(p1, s2h);
  const pl = OUT[0] + p1 * s2l;
  ph = add2(ph, pl, D6H, D6L);
  ph = mul2(ph, OUT[0], s2h, s2l);
  ph = add2(ph, OUT[0], D4H, D4L);
  ph = mul2(ph, OUT[0], s2h, s2l);
  ph = add2(ph, OUT[0], -0.5, 0);
  ph = mul2(ph, OUT[0], s2h, s2l);
  return add2(1, 0, ph, OUT[0]);
}

/** sin (which = 0) or cos (which = 1) of x as hi, OUT[0] */
function sinCosDD(x: number, which: number): number {
  const r = reduce(x);
  const rl = OUT[0];
  const k = (Q + which) & 3;
  let v: number;
  if (k & 1) v = cosKernel(r, rl);
  else v = sinKernel(r, rl);
  if (k & 2) {
    OUT[0] = -OUT[0];
    return -v;
  }
  return v;
}

export function crSin(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < 1.4901161193847656e-8) return x;
  const v = sinCosDD(x, 0);
  return v + OUT[0];
}
export function crCos(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < 7.450580596923828e-9) return 1;
  const v = sinCosDD(x, 1);
  return v + OUT[0];
}
export function crTan(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < 7.450580596923828e-9) return x;
  const r = reduce(x);
  const rl = OUT[0];
  const q = Q;
  const sh = sinKernel(r, rl);
  const sl = OUT[0];
  const ch = cosKernel(r, rl);
  const cl = OUT[0];
  const v = q & 1 ? div2(-ch, -cl, sh, sl) : div2(sh, sl, ch, cl);
  return v + OUT[0];
}

/** atan2 of double-double coordinates by one Newton step from Math.atan2 */
function atan2DD(yh: number, yl: number, xh: number, xl: number): number {
  const t0 = Math.atan2(yh, xh);
  if (t0 === 0 || Math.abs(t0) < 1e-290) return t0 === 0 ? t0 : yh / xh;
  // scale the coordinates towards 1 (exact) so the products below neither overflow nor underflow;
  // when one is negligible against the other the result is 0, ±π/2 or ±π to far below an ulp
  const ay = Math.abs(yh), ax = Math.abs(xh);
  const big = Math.max(ay, ax), small = Math.min(ay, ax);
  if (small < 1e-290 || big > 1e290) {
    const e0 = frexp(big)[1];
    if (frexp(small)[1] < e0 - 200) return t0;
  } else if (small < big * 1e-60) return ay < ax && xh > 0 ? yh / xh : t0;
  const e = big < 1e-290 || big > 1e290 ? frexp(big)[1] : expOf(big);
  const sc = POW2[1074 - e];
  yh *= sc;
  yl *= sc;
  xh *= sc;
  xl *= sc;
  const r = reduce(t0);
  const rl = OUT[0];
  const q = Q;
  let sh = sinKernel(r, rl), sl = OUT[0];
  let ch = cosKernel(r, rl), cl = OUT[0];
  // rotate (sin, cos) of r into those of t0
  if (q & 1) {
    const th = sh, tl = sl;
    sh = ch;
    sl = cl;
    ch = -th;
    cl = -tl;
  }
  if (q & 2) {
    sh = -sh;
    sl = -sl;
    ch = -ch;
    cl = -cl;
  }
  // tan(θ - t0) = (y cos t0 - x sin t0) / (x cos t0 + y sin t0)
  const a = mul2(yh, yl, ch, cl);
  const al = OUT[0];
  const b = mul2(xh, xl, -sh, -sl);
  const num = add2(a, al, b, OUT[0]);
  const den = xh * ch + yh * sh;
  return t0 + (num + OUT[0]) / den;
}

export function crAtan2(y: number, x: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y) || x === 0 || y === 0) return Math.atan2(y, x);
  return atan2DD(y, 0, x, 0);
}
export function crAtan(x: number): number {
  if (!Number.isFinite(x)) return Math.atan(x);
  if (Math.abs(x) < 7.450580596923828e-9) return x;
  return atan2DD(x, 0, 1, 0);
}

/** sqrt((1-x)(1+x)) for |x| <= 1: hi, OUT[0] */
function sqrt1mx2(x: number): number {
  const a = ts(1, -x);
  const al = OUT[0];
  const b = ts(1, x);
  const p = mul2(a, al, b, OUT[0]);
  const pl = OUT[0];
  const s0 = Math.sqrt(p);
  if (s0 === 0) {
    OUT[0] = 0;
    return 0;
  }
  const sq = tp(s0, s0);
  const corr = (p - sq - OUT[0] + pl) / (2 * s0);
  return qts(s0, corr);
}
export function crAsin(x: number): number {
  if (!(Math.abs(x) <= 1)) return NaN;
  if (Math.abs(x) < 1.4901161193847656e-8) return x;
  if (Math.abs(x) === 1) return Math.asin(x);
  const c = sqrt1mx2(x);
  return atan2DD(x, 0, c, OUT[0]);
}
export function crAcos(x: number): number {
  if (!(Math.abs(x) <= 1)) return NaN;
  if (x === 1) return 0;
  if (x === -1) return Math.PI;
  const s = sqrt1mx2(x);
  return atan2DD(s, OUT[0], x, 0);
}

// hyperbolic functions by the formulas glibc uses (on the exp/log above)
const HALF_LN2_BOUND = 0.3465735912322998; // high word 0x3fd62e43
const LOG_MAXDOUBLE_BOUND = 709.7822265625; // high word 0x40862e42
const OVERFLOW_THRESHOLD = 710.4758600739439;
export function crCosh(x: number): number {
  const ax = Math.abs(x);
  if (!Number.isFinite(ax)) return ax;
  if (ax < HALF_LN2_BOUND) {
    const t = Math.expm1(ax);
    const w = 1 + t;
    if (ax < 2.7755575615628914e-17) return w;
    return 1 + (t * t) / (w + w);
  }
  if (ax < 22) {
    const t = crExp(ax);
    return 0.5 * t + 0.5 / t;
  }
  if (ax < LOG_MAXDOUBLE_BOUND) return 0.5 * crExp(ax);
  if (ax <= OVERFLOW_THRESHOLD) {
    const w = crExp(0.5 * ax);
    const t = 0.5 * w;
    return t * w;
  }
  return Infinity;
}
export function crSinh(x: number): number {
  if (!Number.isFinite(x)) return x;
  const h = x < 0 ? -0.5 : 0.5;
  const ax = Math.abs(x);
  if (ax < 22) {
    if (ax < 3.725290298461914e-9) return x;
    const t = Math.expm1(ax);
    if (ax < 1) return h * (2.0 * t - (t * t) / (t + 1));
    return h * (t + t / (t + 1));
  }
  if (ax < LOG_MAXDOUBLE_BOUND) return h * crExp(ax);
  if (ax <= OVERFLOW_THRESHOLD) {
    const w = crExp(0.5 * ax);
    const t = h * w;
    return t * w;
  }
  return x * Infinity;
}
export function crAcosh(x: number): number {
  if (Number.isNaN(x) || x < 1) return NaN;
  if (x >= 268435456) {
    if (!Number.isFinite(x)) return x;
    return crLog(x) + Math.LN2;
  }
  if (x === 1) return 0;
  if (x > 2) {
    const t = x * x;
    return crLog(2.0 * x - 1 / (x + Math.sqrt(t - 1)));
  }
  const t = x - 1;
  return Math.log1p(t + Math.sqrt(2.0 * t + t * t));
}
export function crAsinh(x: number): number {
  if (!Number.isFinite(x)) return x;
  const ax = Math.abs(x);
  if (ax < 3.725290298461914e-9) return x;
  let w: number;
  if (ax > 268435456) w = crLog(ax) + Math.LN2;
  else if (ax > 2) w = crLog(2.0 * ax + 1 / (Math.sqrt(x * x + 1) + ax));
  else {
    const t = x * x;
    w = Math.log1p(ax + t / (1 + Math.sqrt(1 + t)));
  }
  return x < 0 ? -w : w;
}
