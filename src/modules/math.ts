/**
 * The `math` module of CPython 3.11.
 *
 * Arguments are converted the way CPython's `PyFloat_AsDouble` / `PyNumber_Index` do (ints, bools,
 * bigints, floats, then `__float__` / `__index__` on other objects); float results are PyFloat boxes and
 * the integer-valued functions (floor, ceil, trunc, factorial, gcd, lcm, isqrt, comb, perm) return
 * normalised ints (a JS number in the safe range, a bigint beyond).
 *
 * Error rules follow mathmodule.c: a NaN result from a non-NaN argument is `ValueError: math domain
 * error`; an infinite result from finite arguments is `OverflowError: math range error` for the
 * functions that can overflow (exp, cosh, …) and a domain error otherwise (log(0), atanh(1)).
 * Elementary functions use JS `Math` (V8's fdlibm port, which agrees with glibc on nearly every input);
 * fsum, hypot/dist, gamma/lgamma, remainder, frexp/ldexp, nextafter/ulp follow CPython's own algorithms
 * bit for bit; erf/erfc (libm in CPython) are computed in double-double precision and rounded once.
 */
import { PyModule, PyFloat, PyTuple } from '../objects/values';
import { typeOf } from '../objects/pytype';
import { builtin, expectArgs, noKw, Kw, PyBuiltin } from '../objects/function';
import { throwPy } from '../objects/errors';
import { intToFloat, norm, mul } from '../objects/arith';
import { callSpecial } from '../objects/attrs';
import { iter, toArray } from '../objects/iterators';

// ---- argument conversion ----

/** PyFloat_AsDouble: float value of a real number, or TypeError `must be real number, not T`. */
export function toDouble(v: any): number {
  if (v instanceof PyFloat) return v.v;
  switch (typeof v) {
    case 'number':
      return v;
    case 'boolean':
      return v ? 1 : 0;
    case 'bigint':
      return intToFloat(v);
  }
  const t = typeOf(v);
  const f = t.lookup('__float__');
  if (f !== undefined && f !== null) {
    const r = callSpecial(f, v);
    if (r instanceof PyFloat) return r.v;
    return throwPy('TypeError', `${t.name}.__float__ returned non-float (type ${typeOf(r).name})`);
  }
  const ix = t.lookup('__index__');
  if (ix !== undefined && ix !== null) {
    const r = callSpecial(ix, v);
    if (typeof r === 'number' || typeof r === 'bigint') return intToFloat(r);
    if (typeof r === 'boolean') return r ? 1 : 0;
    return throwPy('TypeError', `__index__ returned non-int (type ${typeOf(r).name})`);
  }
  return throwPy('TypeError', `must be real number, not ${t.name}`);
}

/** PyNumber_Index: an int (number | bigint) or TypeError `'T' object cannot be interpreted as an integer`. */
export function toIndex(v: any): number | bigint {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return v;
    case 'boolean':
      return v ? 1 : 0;
  }
  const t = typeOf(v);
  const ix = v !== null && !(v instanceof PyFloat) ? t.lookup('__index__') : undefined;
  if (ix !== undefined && ix !== null) {
    const r = callSpecial(ix, v);
    if (typeof r === 'number' || typeof r === 'bigint') return r;
    if (typeof r === 'boolean') return r ? 1 : 0;
    return throwPy('TypeError', `__index__ returned non-int (type ${typeOf(r).name})`);
  }
  return throwPy('TypeError', `'${t.name}' object cannot be interpreted as an integer`);
}

const big = (v: number | bigint): bigint => (typeof v === 'bigint' ? v : BigInt(v));
const F = (x: number): PyFloat => new PyFloat(x);
const domainError = (): never => throwPy('ValueError', 'math domain error');
const rangeError = (): never => throwPy('OverflowError', 'math range error');

/** A float → int conversion (PyLong_FromDouble) of an integral double. */
export function intFromDouble(x: number): number | bigint {
  if (Number.isNaN(x)) throwPy('ValueError', 'cannot convert float NaN to integer');
  if (!Number.isFinite(x)) throwPy('OverflowError', 'cannot convert float infinity to integer');
  if (Math.abs(x) <= Number.MAX_SAFE_INTEGER) return x === 0 ? 0 : x;
  return norm(BigInt(x));
}

// ---- bit-level helpers ----

const dv = new DataView(new ArrayBuffer(8));
function bitsOf(x: number): bigint {
  dv.setFloat64(0, x);
  return dv.getBigUint64(0);
}
function fromBits(b: bigint): number {
  dv.setBigUint64(0, b);
  return dv.getFloat64(0);
}

/** C frexp: x = m * 2**e with 0.5 <= |m| < 1 (m = x, e = 0 for 0, inf, nan). */
export function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  dv.setFloat64(0, x);
  let hi = dv.getUint32(0);
  let e = (hi >>> 20) & 0x7ff;
  let adj = 0;
  if (e === 0) {
    // subnormal: scale into the normal range first (exact)
    dv.setFloat64(0, x * 2 ** 64);
    hi = dv.getUint32(0);
    e = (hi >>> 20) & 0x7ff;
    adj = -64;
  }
  dv.setUint32(0, (hi & 0x800fffff) | (1022 << 20));
  return [dv.getFloat64(0), e - 1022 + adj];
}

/** C ldexp with a single correct rounding (also into the subnormal range). */
export function ldexp(x: number, n: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const [m, e] = frexp(x);
  const k = e + n;
  if (k > 1024) return m > 0 ? Infinity : -Infinity;
  if (k >= -1021) {
    // normal result: m * 2**k exactly
    return k > 1000 ? m * 2 ** (k - 1000) * 2 ** 1000 : m * 2 ** k;
  }
  if (k < -1075) return m > 0 ? 0 : -0;
  // subnormal: one rounding in the final multiplication by 2**-1074
  return m * 2 ** (k + 1074) * 2 ** -1074;
}

export function nextafter(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 5e-324 : -5e-324;
  const b = bitsOf(x);
  const up = (y > x) === (x > 0);
  return fromBits(up ? b + 1n : b - 1n);
}

function ulp(x: number): number {
  if (Number.isNaN(x)) return x;
  x = Math.abs(x);
  if (!Number.isFinite(x)) return x;
  const x2 = nextafter(x, Infinity);
  if (!Number.isFinite(x2)) return x - nextafter(x, -Infinity);
  return x2 - x;
}

// ---- the generic wrappers (math_1 / math_2 of mathmodule.c) ----

function math1(name: string, f: (x: number) => number, canOverflow: boolean): PyBuiltin {
  const fname = 'math.' + name;
  return builtin(name, (args, kw) => {
    noKw(fname, kw);
    expectArgs(fname, args, 1);
    const x = toDouble(args[0]);
    const r = f(x);
    if (Number.isNaN(r) && !Number.isNaN(x)) domainError();
    if (!Number.isFinite(r) && !Number.isNaN(r) && Number.isFinite(x)) {
      if (canOverflow) rangeError();
      domainError();
    }
    return F(r);
  });
}

function math2(name: string, f: (x: number, y: number) => number): PyBuiltin {
  return builtin(name, (args, kw) => {
    noKw('math.' + name, kw);
    expectArgs(name, args, 2);
    const x = toDouble(args[0]);
    const y = toDouble(args[1]);
    const r = f(x, y);
    if (Number.isNaN(r)) {
      if (!Number.isNaN(x) && !Number.isNaN(y)) domainError();
    } else if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y)) rangeError();
    return F(r);
  });
}

/** One positional argument, no keywords (METH_O). */
function unary(name: string, f: (x: any) => any): PyBuiltin {
  const fname = 'math.' + name;
  return builtin(name, (args, kw) => {
    noKw(fname, kw);
    expectArgs(fname, args, 1);
    return f(args[0]);
  });
}

// ---- special float functions ----

function fmod(x: number, y: number): number {
  if (!Number.isFinite(y) && !Number.isNaN(y) && Number.isFinite(x)) return x;
  return x % y;
}

function remainder(x: number, y: number): number {
  if (Number.isFinite(x) && Number.isFinite(y)) {
    if (y === 0) return NaN;
    const absx = Math.abs(x);
    const absy = Math.abs(y);
    const m = absx % absy;
    const c = absy - m;
    let r: number;
    if (m < c) r = m;
    else if (m > c) r = -c;
    else r = m - 2.0 * ((0.5 * (absx - m)) % absy);
    return (x < 0 || Object.is(x, -0) ? -1 : 1) * r;
  }
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return y;
  if (!Number.isFinite(x)) return NaN;
  return x;
}

function copysign(x: number, y: number): number {
  const neg = y < 0 || Object.is(y, -0) || (Number.isNaN(y) && bitsOf(y) >> 63n === 1n);
  const a = Math.abs(x);
  return neg ? -a : a;
}

function mathPow(x: number, y: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (Number.isNaN(x)) return y === 0 ? 1 : x;
    if (Number.isNaN(y)) return x === 1 ? 1 : y;
    if (!Number.isFinite(x)) {
      const oddY = Number.isFinite(y) && Math.abs(y) % 2 === 1;
      if (y > 0) return oddY ? x : Math.abs(x);
      if (y === 0) return 1;
      return oddY ? copysign(0, x) : 0;
    }
    if (Math.abs(x) === 1) return 1;
    if (y > 0 && Math.abs(x) > 1) return y;
    if (y < 0 && Math.abs(x) < 1) return -y;
    return 0;
  }
  const r = Math.pow(x, y);
  if (!Number.isFinite(r)) {
    if (Number.isNaN(r) || x === 0) domainError();
    rangeError();
  }
  return r;
}

// log of an int argument, exact for ints too large for a float (loghelper)
function logHelper(v: any, f: (x: number) => number): number {
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') {
    const n = typeof v === 'boolean' ? (v ? 1 : 0) : v;
    if (n <= 0) domainError();
    if (typeof n === 'number') return f(n);
    const x = Number(n);
    if (Number.isFinite(x)) return f(x);
    const [m, e] = bigFrexp(n);
    return f(m) + f(2.0) * e;
  }
  const x = toDouble(v);
  const r = f(x);
  if (Number.isNaN(r) && !Number.isNaN(x)) domainError();
  if (!Number.isFinite(r) && !Number.isNaN(r) && Number.isFinite(x)) domainError();
  return r;
}

/** frexp of a positive bigint, correctly rounded. */
function bigFrexp(n: bigint): [number, number] {
  const bits = n.toString(2).length;
  const shift = bits - 64;
  let t = n >> BigInt(shift);
  if ((t << BigInt(shift)) !== n) t |= 1n; // sticky bit keeps the rounding correct
  const [m, e] = frexp(Number(t));
  return [m, e + shift];
}

function mLog(x: number): number {
  if (Number.isFinite(x)) {
    if (x > 0) return Math.log(x);
    return x === 0 ? -Infinity : NaN;
  }
  if (Number.isNaN(x)) return x;
  return x > 0 ? x : NaN;
}
function mLog2(x: number): number {
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x)) return x;
    return x > 0 ? x : NaN;
  }
  if (x > 0) return Math.log2(x);
  return x === 0 ? -Infinity : NaN;
}
function mLog10(x: number): number {
  if (Number.isFinite(x)) {
    if (x > 0) return Math.log10(x);
    return x === 0 ? -Infinity : NaN;
  }
  if (Number.isNaN(x)) return x;
  return x > 0 ? x : NaN;
}

// ---- fsum (Shewchuk's algorithm with CPython's final rounding correction) ----

function fsum(iterable: any): number {
  const it = iter(iterable);
  const p: number[] = [];
  let specialSum = 0.0;
  let infSum = 0.0;
  for (let item = it.next(); item !== undefined; item = it.next()) {
    let x = toDouble(item);
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

const SPLIT = 134217729.0; // 2**27 + 1
function twoProd(a: number, b: number): [number, number] {
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

function vectorNorm(vec: number[], max: number, foundNan: boolean): number {
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

// ---- gamma / lgamma: CPython's Lanczos approximation (g = 6.02468…, N = 13) ----

const LANCZOS_N = 13;
const lanczosG = 6.024680040776729583740234375;
const lanczosGMinusHalf = 5.524680040776729583740234375;
const lanczosNum = [
  23531376880.410759688572007674451636754734846804940,
  42919803642.649098768957899047001988850926355848959,
  35711959237.355668049440185451547166705960488635843,
  17921034426.037209699919755754458931112671403265390,
  6039542586.3520280050642916443072979210699388420708,
  1439720407.3117216736632230727949123939715485786772,
  248874557.86205415651146038641322942321632125127801,
  31426415.585400194380614231628318205362874684987640,
  2876370.6289353724412254090516208496135991145378768,
  186056.26539522349504029498971604569928220784236328,
  8071.6720023658162106380029022722506138218516325024,
  210.82427775157934587250973392071336271166969580291,
  2.5066282746310002701649081771338373386264310793408,
];
/** coefficients of x(x+1)…(x+11), lowest degree first */
const lanczosDen = ((): number[] => {
  let c = [0, 1];
  for (let k = 1; k <= 11; k++) {
    const next = new Array(c.length + 1).fill(0);
    for (let i = 0; i < c.length; i++) {
      next[i] += c[i] * k;
      next[i + 1] += c[i];
    }
    c = next;
  }
  return c;
})();
const gammaIntegral: number[] = (() => {
  const out: number[] = [];
  let f = 1;
  for (let i = 0; i < 23; i++) {
    if (i > 0) f *= i;
    out.push(f);
  }
  return out;
})();

function lanczosSum(x: number): number {
  let num = 0.0;
  let den = 0.0;
  if (x < 5.0) {
    for (let i = LANCZOS_N; --i >= 0; ) {
      num = num * x + lanczosNum[i];
      den = den * x + lanczosDen[i];
    }
  } else {
    for (let i = 0; i < LANCZOS_N; i++) {
      num = num / x + lanczosNum[i];
      den = den / x + lanczosDen[i];
    }
  }
  return num / den;
}

function sinpi(x: number): number {
  const y = Math.abs(x) % 2.0;
  const n = Math.round(2.0 * y);
  let r: number;
  switch (n) {
    case 0: r = Math.sin(Math.PI * y); break;
    case 1: r = Math.cos(Math.PI * (y - 0.5)); break;
    case 2: r = Math.sin(Math.PI * (1.0 - y)); break;
    case 3: r = -Math.cos(Math.PI * (y - 1.5)); break;
    default: r = Math.sin(Math.PI * (y - 2.0)); break;
  }
  return copysign(1.0, x) * r;
}

/** returns [value, errno] where errno is 0, 'dom' or 'range' */
function tgamma(x: number): [number, 0 | 'dom' | 'range'] {
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x) || x > 0) return [x, 0];
    return [NaN, 'dom'];
  }
  if (x === 0) return [copysign(Infinity, x), 'dom'];
  if (x === Math.floor(x)) {
    if (x < 0) return [NaN, 'dom'];
    if (x <= 23) return [gammaIntegral[x - 1], 0];
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) {
    const r = 1.0 / x;
    return [r, Number.isFinite(r) ? 0 : 'range'];
  }
  if (absx > 200.0) {
    if (x < 0.0) return [0.0 / sinpi(x), 0];
    return [Infinity, 'range'];
  }
  const y = absx + lanczosGMinusHalf;
  let z: number;
  if (absx > lanczosGMinusHalf) {
    const q = y - absx;
    z = q - lanczosGMinusHalf;
  } else {
    const q = y - lanczosGMinusHalf;
    z = q - absx;
  }
  z = (z * lanczosG) / y;
  let r: number;
  if (x < 0.0) {
    r = ((-Math.PI / sinpi(absx) / absx) * Math.exp(y)) / lanczosSum(absx);
    r -= z * r;
    if (absx < 140.0) {
      r /= Math.pow(y, absx - 0.5);
    } else {
      const sqrtpow = Math.pow(y, absx / 2.0 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczosSum(absx) / Math.exp(y);
    r += z * r;
    if (absx < 140.0) {
      r *= Math.pow(y, absx - 0.5);
    } else {
      const sqrtpow = Math.pow(y, absx / 2.0 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  return [r, Number.isFinite(r) ? 0 : 'range'];
}

const LOGPI = 1.144729885849400174143427351353058711647;
function lgamma(x: number): [number, 0 | 'dom' | 'range'] {
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x)) return [x, 0];
    return [Infinity, 0];
  }
  if (x === Math.floor(x) && x <= 2.0) {
    if (x <= 0.0) return [Infinity, 'dom'];
    return [0.0, 0];
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) return [-Math.log(absx), 0];
  let r = Math.log(lanczosSum(absx)) - lanczosG;
  r += (absx - 0.5) * (Math.log(absx + lanczosG - 0.5) - 1);
  if (x < 0.0) r = LOGPI - Math.log(Math.abs(sinpi(absx))) - Math.log(absx) - r;
  return [r, Number.isFinite(r) ? 0 : 'range'];
}

// ---- erf / erfc in double-double arithmetic, rounded once ----

type DD = [number, number];
function twoSum(a: number, b: number): DD {
  const s = a + b;
  const bb = s - a;
  return [s, (a - (s - bb)) + (b - bb)];
}
function ddAdd(a: DD, b: DD): DD {
  const [s, e] = twoSum(a[0], b[0]);
  const [t, f] = twoSum(a[1], b[1]);
  let [hi, lo] = twoSum(s, e + t);
  [hi, lo] = twoSum(hi, lo + f);
  return [hi, lo];
}
function ddMul(a: DD, b: DD): DD {
  const [p, e] = twoProd(a[0], b[0]);
  const r = twoSum(p, e + (a[0] * b[1] + a[1] * b[0]));
  return r;
}
function ddMulD(a: DD, b: number): DD {
  const [p, e] = twoProd(a[0], b);
  return twoSum(p, e + a[1] * b);
}
function ddDiv(a: DD, b: DD): DD {
  const q1 = a[0] / b[0];
  let r = ddAdd(a, ddMulD(b, -q1));
  const q2 = r[0] / b[0];
  r = ddAdd(r, ddMulD(b, -q2));
  const q3 = r[0] / b[0];
  return ddAdd(twoSum(q1, q2), [q3, 0]);
}
const LN2: DD = [0.6931471805599453, 2.3190468138462996e-17];
const TWO_OVER_SQRTPI: DD = [1.1283791670955126, 1.533545961316588e-17];
const ONE_OVER_SQRTPI: DD = [0.5641895835477563, 7.667729806582940e-18];

/** exp of a double-double, as [mantissa dd, power of two] to survive underflow */
function ddExp(a: DD): [DD, number] {
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

function ddToNumber(a: DD, scale = 0): number {
  if (scale === 0) return a[0] + a[1];
  // round once when scaling into the subnormal range: fold the low part in via ldexp of the sum
  const hi = ldexp(a[0], scale);
  if (hi === 0 || Math.abs(hi) >= 2.2250738585072014e-308) return ldexp(a[0] + a[1], scale);
  // subnormal: compute the sum at a shifted exponent where the rounding position is the same
  const shift = -1074 - scale; // the result's ulp 2**-1074 corresponds to 2**shift in a's scale
  const q = a[0] / 2 ** shift;
  const qi = Math.round(q);
  let rest = (q - qi) * 2 ** shift + a[1];
  let n = qi;
  const half = 2 ** (shift - 1);
  if (rest > half || (rest === half && n % 2 !== 0)) n += 1;
  else if (rest < -half || (rest === -half && n % 2 !== 0)) n -= 1;
  rest = 0;
  return n * 5e-324;
}

/** erf(x) for |x| < 3 by the series 2/sqrt(pi) * exp(-x²) * Σ 2^n x^(2n+1) / (2n+1)!! */
function erfSeries(x: number): DD {
  const x2 = twoProd(x, x);
  let term: DD = [x, 0];
  let sum: DD = [x, 0];
  for (let n = 1; n < 200; n++) {
    term = ddDiv(ddMul(term, ddMulD(x2, 2)), [2 * n + 1, 0]);
    sum = ddAdd(sum, term);
    if (Math.abs(term[0]) < Math.abs(sum[0]) * 1e-34) break;
  }
  const [e, k] = ddExp([-x2[0], -x2[1]]);
  const r = ddMul(ddMul(sum, e), TWO_OVER_SQRTPI);
  return [ldexp(r[0], k), ldexp(r[1], k)];
}

/** erfc(x) for x >= 2 as [dd, power of two]: exp(-x²)/sqrt(pi) * continued fraction */
function erfcCF(x: number): [DD, number] {
  // erfc(x) = exp(-x²)/sqrt(pi) * 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + 2/(x + …)))))
  const nTerms = x < 3 ? 400 : x < 5 ? 200 : x < 10 ? 90 : 50;
  let f: DD = [x, 0];
  for (let k = nTerms; k >= 1; k--) f = ddAdd([x, 0], ddDiv([k / 2, 0], f));
  const x2 = twoProd(x, x);
  const [e, k] = ddExp([-x2[0], -x2[1]]);
  return [ddDiv(ddMul(e, ONE_OVER_SQRTPI), f), k];
}

function erf(x: number): number {
  if (Number.isNaN(x)) return x;
  if (!Number.isFinite(x)) return x > 0 ? 1 : -1;
  const ax = Math.abs(x);
  if (ax < 1e-300) return ddToNumber(ddMulD(TWO_OVER_SQRTPI, x));
  if (ax >= 6) return x > 0 ? 1 : -1;
  if (ax < 2.5) return ddToNumber(erfSeries(x));
  const [c, k] = erfcCF(ax);
  const r = ddAdd([1, 0], [-ldexp(c[0], k), -ldexp(c[1], k)]);
  const v = ddToNumber(r);
  return x > 0 ? v : -v;
}

function erfc(x: number): number {
  if (Number.isNaN(x)) return x;
  if (!Number.isFinite(x)) return x > 0 ? 0 : 2;
  if (x < 0) {
    if (x <= -6) return 2;
    if (x > -2.5) {
      const s = erfSeries(-x);
      return ddToNumber(ddAdd([1, 0], s));
    }
    const [c, k] = erfcCF(-x);
    return ddToNumber(ddAdd([2, 0], [-ldexp(c[0], k), -ldexp(c[1], k)]));
  }
  if (x < 0.5) {
    const s = erfSeries(x);
    return ddToNumber(ddAdd([1, 0], [-s[0], -s[1]]));
  }
  if (x < 2.5) {
    // 1 - erf(x) loses little here (erf(2.5) ≈ 0.9996): double-double keeps ~28 good digits
    const s = erfSeries(x);
    return ddToNumber(ddAdd([1, 0], [-s[0], -s[1]]));
  }
  if (x >= 27.3) return 0;
  const [c, k] = erfcCF(x);
  return ddToNumber(c, k);
}

// ---- integer functions ----

function factorialBig(n: number): bigint {
  // product of [lo, hi] by binary splitting
  const prod = (lo: number, hi: number): bigint => {
    if (hi - lo < 16) {
      let r = 1n;
      for (let i = lo; i <= hi; i++) r *= BigInt(i);
      return r;
    }
    const mid = (lo + hi) >>> 1;
    return prod(lo, mid) * prod(mid + 1, hi);
  };
  return n < 2 ? 1n : prod(2, n);
}

function factorial(v: any): number | bigint {
  const n = toIndex(v);
  if (n < 0) throwPy('ValueError', 'factorial() not defined for negative values');
  if (typeof n === 'bigint' || n > 9223372036854775807) throwPy('OverflowError', 'factorial() argument should not exceed 9223372036854775807');
  if (n <= 18) {
    let r = 1;
    for (let i = 2; i <= n; i++) r *= i;
    return r;
  }
  return norm(factorialBig(n));
}

function gcd2(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === 'number' && typeof b === 'number') {
    let x = Math.abs(a);
    let y = Math.abs(b);
    while (y) {
      const t: number = x % y;
      x = y;
      y = t;
    }
    return x;
  }
  let x = big(a);
  let y = big(b);
  if (x < 0n) x = -x;
  if (y < 0n) y = -y;
  while (y) {
    const t = x % y;
    x = y;
    y = t;
  }
  return norm(x);
}

function absInt(a: number | bigint): number | bigint {
  return typeof a === 'number' ? Math.abs(a) : norm(a < 0n ? -a : a);
}

function isqrt(v: any): number | bigint {
  const n = toIndex(v);
  if (n < 0) throwPy('ValueError', 'isqrt() argument must be nonnegative');
  if (typeof n === 'number' && n < 2 ** 52) {
    let r = Math.floor(Math.sqrt(n));
    while (r * r > n) r--;
    while ((r + 1) * (r + 1) <= n) r++;
    return r;
  }
  const N = big(n);
  // Newton iteration from an over-estimate
  let x = 1n << BigInt(Math.ceil(N.toString(2).length / 2));
  for (;;) {
    const y = (x + N / x) >> 1n;
    if (y >= x) break;
    x = y;
  }
  return norm(x);
}

const LLONG_MAX = 9223372036854775807n;

function perm(nv: any, kv: any): number | bigint {
  const n = toIndex(nv);
  if (kv === null || kv === undefined) {
    if (n < 0) throwPy('ValueError', 'n must be a non-negative integer');
    return factorialOrOverflow(n);
  }
  const k = toIndex(kv);
  if (n < 0) throwPy('ValueError', 'n must be a non-negative integer');
  if (k < 0) throwPy('ValueError', 'k must be a non-negative integer');
  if (big(k) > big(n)) return 0;
  if (big(k) > LLONG_MAX) throwPy('OverflowError', `k must not exceed ${LLONG_MAX}`);
  const N = big(n);
  const K = Number(k);
  let r = 1n;
  for (let i = 0; i < K; i++) r *= N - BigInt(i);
  return norm(r);
}

function factorialOrOverflow(n: number | bigint): number | bigint {
  if (typeof n === 'bigint') throwPy('OverflowError', `n must not exceed ${LLONG_MAX}`);
  return factorial(n);
}

function comb(nv: any, kv: any): number | bigint {
  const n = toIndex(nv);
  const k = toIndex(kv);
  if (n < 0) throwPy('ValueError', 'n must be a non-negative integer');
  if (k < 0) throwPy('ValueError', 'k must be a non-negative integer');
  const N = big(n);
  let K = big(k);
  if (K > N) return 0;
  if (N - K < K) K = N - K;
  if (K > LLONG_MAX) throwPy('OverflowError', `min(n - k, k) must not exceed ${LLONG_MAX}`);
  let r = 1n;
  const kk = Number(K);
  for (let i = 1; i <= kk; i++) r = (r * (N - K + BigInt(i))) / BigInt(i);
  return norm(r);
}

function floorCeil(v: any, which: 'floor' | 'ceil'): number | bigint {
  if (v instanceof PyFloat) return intFromDouble(which === 'floor' ? Math.floor(v.v) : Math.ceil(v.v));
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  const f = v !== null ? typeOf(v).lookup(which === 'floor' ? '__floor__' : '__ceil__') : undefined;
  if (f !== undefined && f !== null) return callSpecial(f, v);
  const x = toDouble(v);
  return intFromDouble(which === 'floor' ? Math.floor(x) : Math.ceil(x));
}

function trunc(v: any): any {
  if (v instanceof PyFloat) return intFromDouble(Math.trunc(v.v));
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  const f = v !== null ? typeOf(v).lookup('__trunc__') : undefined;
  if (f !== undefined && f !== null) return callSpecial(f, v);
  return throwPy('TypeError', `type ${typeOf(v).name} doesn't define __trunc__ method`);
}

function pointArray(p: any): number[] {
  return toArray(p).map(toDouble);
}

// ---- the module ----

function fnKw(name: string, f: (args: any[], kw: Kw) => any): PyBuiltin {
  return builtin(name, f);
}

export function makeMath(): PyModule {
  const m = new PyModule('math');
  const d = m.d;
  d.pi = F(Math.PI);
  d.e = F(Math.E);
  d.tau = F(2 * Math.PI);
  d.inf = F(Infinity);
  d.nan = F(NaN);

  const defs: [string, (x: number) => number, boolean][] = [
    ['sqrt', Math.sqrt, false],
    ['exp', Math.exp, true],
    ['exp2', (x) => Math.pow(2, x), true],
    ['expm1', Math.expm1, true],
    ['log1p', Math.log1p, false],
    ['fabs', Math.abs, false],
    ['cbrt', Math.cbrt, false],
    ['sin', Math.sin, false],
    ['cos', Math.cos, false],
    ['tan', Math.tan, false],
    ['asin', Math.asin, false],
    ['acos', Math.acos, false],
    ['atan', Math.atan, false],
    ['sinh', Math.sinh, true],
    ['cosh', Math.cosh, true],
    ['tanh', Math.tanh, false],
    ['asinh', Math.asinh, false],
    ['acosh', Math.acosh, false],
    ['atanh', Math.atanh, false],
    ['erf', erf, false],
    ['erfc', erfc, false],
  ];
  for (const [name, f, ovf] of defs) d[name] = math1(name, f, ovf);

  for (const [name, which] of [['gamma', tgamma], ['lgamma', lgamma]] as const) {
    d[name] = unary(name, (v) => {
      const [r, err] = which(toDouble(v));
      if (err === 'dom') domainError();
      if (err === 'range') rangeError();
      return F(r);
    });
  }

  d.degrees = unary('degrees', (v) => F(toDouble(v) * (180.0 / Math.PI)));
  d.radians = unary('radians', (v) => F(toDouble(v) * (Math.PI / 180.0)));

  d.atan2 = math2('atan2', Math.atan2);
  d.fmod = math2('fmod', fmod);
  d.remainder = math2('remainder', remainder);
  d.copysign = math2('copysign', copysign);
  d.pow = builtin('pow', (args, kw) => {
    noKw('math.pow', kw);
    expectArgs('pow', args, 2);
    return F(mathPow(toDouble(args[0]), toDouble(args[1])));
  });
  d.nextafter = builtin('nextafter', (args, kw) => {
    noKw('math.nextafter', kw);
    expectArgs('nextafter', args, 2);
    return F(nextafter(toDouble(args[0]), toDouble(args[1])));
  });
  d.ulp = unary('ulp', (v) => F(ulp(toDouble(v))));

  d.log = builtin('log', (args, kw) => {
    noKw('math.log', kw);
    if (args.length < 1 || args.length > 2) throwPy('TypeError', 'math.log requires 1 to 2 arguments');
    const num = logHelper(args[0], mLog);
    if (args.length === 1) return F(num);
    const den = logHelper(args[1], mLog);
    if (den === 0) throwPy('ZeroDivisionError', 'float division by zero');
    return F(num / den);
  });
  d.log2 = unary('log2', (v) => F(logHelper(v, mLog2)));
  d.log10 = unary('log10', (v) => F(logHelper(v, mLog10)));

  d.floor = unary('floor', (v) => floorCeil(v, 'floor'));
  d.ceil = unary('ceil', (v) => floorCeil(v, 'ceil'));
  d.trunc = unary('trunc', trunc);

  d.modf = unary('modf', (v) => {
    const x = toDouble(v);
    if (!Number.isFinite(x)) {
      if (Number.isNaN(x)) return new PyTuple([F(x), F(x)]);
      return new PyTuple([F(copysign(0, x)), F(x)]);
    }
    const ip = Math.trunc(x);
    const fp = x - ip;
    return new PyTuple([F(copysign(fp, x)), F(copysign(ip, x))]);
  });
  d.frexp = unary('frexp', (v) => {
    const [mm, e] = frexp(toDouble(v));
    return new PyTuple([F(mm), e]);
  });
  d.ldexp = builtin('ldexp', (args, kw) => {
    noKw('math.ldexp', kw);
    expectArgs('ldexp', args, 2);
    const x = toDouble(args[0]);
    const iv = args[1];
    if (typeof iv !== 'number' && typeof iv !== 'bigint' && typeof iv !== 'boolean') {
      throwPy('TypeError', 'Expected an int as second argument to ldexp.');
    }
    const i = typeof iv === 'boolean' ? (iv ? 1 : 0) : iv;
    if (x === 0 || !Number.isFinite(x)) return F(x);
    const n = typeof i === 'bigint' ? (i > 0n ? 100000 : -100000) : Math.max(-100000, Math.min(100000, i));
    const r = ldexp(x, n);
    if (!Number.isFinite(r)) rangeError();
    return F(r);
  });

  d.hypot = builtin('hypot', (args, kw) => {
    noKw('math.hypot', kw);
    let max = 0;
    let nan = false;
    const vec = args.map((a) => {
      const x = Math.abs(toDouble(a));
      if (Number.isNaN(x)) nan = true;
      if (x > max) max = x;
      return x;
    });
    return F(vectorNorm(vec, max, nan));
  });
  d.dist = builtin('dist', (args, kw) => {
    noKw('math.dist', kw);
    expectArgs('dist', args, 2);
    const p = pointArray(args[0]);
    const q = pointArray(args[1]);
    if (p.length !== q.length) throwPy('ValueError', 'both points must have the same number of dimensions');
    let max = 0;
    let nan = false;
    const vec = p.map((x, i) => {
      const dd = Math.abs(x - q[i]);
      if (Number.isNaN(dd)) nan = true;
      if (dd > max) max = dd;
      return dd;
    });
    return F(vectorNorm(vec, max, nan));
  });

  d.isfinite = unary('isfinite', (v) => Number.isFinite(toDouble(v)));
  d.isinf = unary('isinf', (v) => {
    const x = toDouble(v);
    return !Number.isFinite(x) && !Number.isNaN(x);
  });
  d.isnan = unary('isnan', (v) => Number.isNaN(toDouble(v)));
  d.isclose = fnKw('isclose', (args, kw) => {
    if (args.length > 2) throwPy('TypeError', `isclose() takes exactly 2 positional arguments (${args.length} given)`);
    const names = ['a', 'b', 'rel_tol', 'abs_tol'];
    const vals: any[] = [args[0], args[1], undefined, undefined];
    if (kw) {
      for (const [k, v] of kw) {
        const i = names.indexOf(k);
        if (i < 0) throwPy('TypeError', `isclose() got an unexpected keyword argument '${k}'`);
        if (vals[i] !== undefined) throwPy('TypeError', `argument for isclose() given by name ('${k}') and position (${i + 1})`);
        vals[i] = v;
      }
    }
    for (let i = 0; i < 2; i++) if (vals[i] === undefined) throwPy('TypeError', `isclose() missing required argument '${names[i]}' (pos ${i + 1})`);
    const a = toDouble(vals[0]);
    const b = toDouble(vals[1]);
    const relTol = vals[2] === undefined ? 1e-9 : toDouble(vals[2]);
    const absTol = vals[3] === undefined ? 0.0 : toDouble(vals[3]);
    if (relTol < 0.0 || absTol < 0.0) throwPy('ValueError', 'tolerances must be non-negative');
    if (a === b) return true;
    if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
    const diff = Math.abs(b - a);
    return diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol;
  });

  d.factorial = unary('factorial', factorial);
  d.isqrt = unary('isqrt', isqrt);
  d.gcd = builtin('gcd', (args, kw) => {
    noKw('math.gcd', kw);
    let r: number | bigint = 0;
    for (const a of args) {
      const n = toIndex(a);
      r = gcd2(r, n);
    }
    return args.length === 1 ? absInt(r) : r;
  });
  d.lcm = builtin('lcm', (args, kw) => {
    noKw('math.lcm', kw);
    let r: number | bigint = 1;
    if (args.length === 1) return absInt(toIndex(args[0]));
    for (const a of args) {
      const n = toIndex(a);
      if (r === 0 || n === 0 || n === 0n) {
        r = 0;
        continue;
      }
      const g = gcd2(r, n);
      r = absInt(norm((big(r) / big(g)) * big(n)));
    }
    return r;
  });
  d.comb = builtin('comb', (args, kw) => {
    noKw('math.comb', kw);
    expectArgs('comb', args, 2);
    return comb(args[0], args[1]);
  });
  d.perm = builtin('perm', (args, kw) => {
    noKw('math.perm', kw);
    expectArgs('perm', args, 1, 2);
    return perm(args[0], args.length > 1 ? args[1] : null);
  });
  d.prod = fnKw('prod', (args, kw) => {
    if (args.length !== 1) throwPy('TypeError', `prod() takes exactly 1 positional argument (${args.length} given)`);
    let start: any = 1;
    if (kw) {
      for (const [k, v] of kw) {
        if (k !== 'start') throwPy('TypeError', `prod() got an unexpected keyword argument '${k}'`);
        start = v;
      }
    }
    const it = iter(args[0]);
    let acc = start;
    for (let x = it.next(); x !== undefined; x = it.next()) acc = mul(acc, x);
    return acc;
  });
  d.fsum = unary('fsum', (v) => F(fsum(v)));
  return m;
}
