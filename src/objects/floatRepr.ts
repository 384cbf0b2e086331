/**
 * Exact float → decimal string conversion (Python's `repr(float)` and the digit engine behind `format()`,
 * `%`-formatting and `round()`).
 *
 * Role: everything that turns a binary double into decimal digits lives here, so that all formatting paths
 * round identically. Three digit generators mirror the modes of David Gay's dtoa as CPython uses them:
 * shortest round-trip digits (mode 0, used by repr), N significant digits (mode 2, 'e'/'g'), and N digits
 * after the point (mode 3, 'f' and round()). `doubleToString` then lays the digits out exactly like CPython's
 * `PyOS_double_to_string` / `format_float_short` (same exponent switch points, '#' alternate form, the
 * "add .0" rule of repr, at-least-two-digit exponents).
 *
 * Invariants: results are correctly rounded from the exact binary value, ties (which only occur when the
 * double is exactly halfway between two decimal candidates) go to the even digit, as in CPython. JS's
 * toFixed/toExponential are correctly rounded but break ties upward, so they are used only as a fast path
 * when a tie is provably impossible (a tie needs the binary exponent of the lowest set bit to sit exactly one
 * place below the last requested decimal digit); otherwise, and outside their 0..100 digit ranges, an exact
 * BigInt computation is used. Shortest digits come from Number.prototype.toString, whose ECMAScript
 * definition (fewest digits, nearest to x, even on ties) coincides with dtoa mode 0.
 */

import { natText } from './numParse';

// ---------------------------------------------------------------------------------------------------------
// Binary decomposition

const scratch = new DataView(new ArrayBuffer(8));

function ctz32(v: number): number {
  return 31 - Math.clz32(v & -v);
}

/** For finite x > 0: x = m * 2**e with m odd. Returns e only (cheap, no BigInt). */
function lowBitExponent(x: number): number {
  scratch.setFloat64(0, x);
  const hi = scratch.getUint32(0);
  const lo = scratch.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  const mHi = biased === 0 ? hi & 0xfffff : (hi & 0xfffff) | 0x100000;
  const e0 = biased === 0 ? -1074 : biased - 1075;
  return e0 + (lo !== 0 ? ctz32(lo) : 32 + ctz32(mHi));
}

/** For finite x > 0: exact x = m * 2**e, m an odd BigInt. */
function decompose(x: number): { m: bigint; e: number } {
  scratch.setFloat64(0, x);
  const hi = scratch.getUint32(0);
  const lo = scratch.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  const mHi = biased === 0 ? hi & 0xfffff : (hi & 0xfffff) | 0x100000;
  const e0 = biased === 0 ? -1074 : biased - 1075;
  const tz = lo !== 0 ? ctz32(lo) : 32 + ctz32(mHi);
  const m = ((BigInt(mHi) << 32n) | BigInt(lo)) >> BigInt(tz);
  return { m, e: e0 + tz };
}

const pow10Cache: bigint[] = [1n];
/** 10n ** BigInt(k) for k >= 0, cached for small k. */
export function pow10n(k: number): bigint {
  if (k < 400) {
    for (let i = pow10Cache.length; i <= k; i++) pow10Cache.push(pow10Cache[i - 1]! * 10n);
    return pow10Cache[k]!;
  }
  return 10n ** BigInt(k);
}

/** round-half-even(m * 2**e * 10**p) as a BigInt (m > 0). */
function roundScaled(m: bigint, e: number, p: number): bigint {
  let num = m;
  let den = 1n;
  if (e >= 0) num <<= BigInt(e);
  else den <<= BigInt(-e);
  if (p >= 0) num *= pow10n(p);
  else den *= pow10n(-p);
  const q = num / den;
  const r2 = (num % den) * 2n;
  if (r2 > den || (r2 === den && (q & 1n) === 1n)) return q + 1n;
  return q;
}

/** Compare m * 2**e with 10**k exactly: -1, 0 or 1. */
function cmpPow10(m: bigint, e: number, k: number): number {
  let a = m;
  let b = 1n;
  if (e >= 0) a <<= BigInt(e);
  else b <<= BigInt(-e);
  if (k >= 0) b *= pow10n(k);
  else a *= pow10n(-k);
  return a < b ? -1 : a > b ? 1 : 0;
}

// ---------------------------------------------------------------------------------------------------------
// Digit generators. All take a finite x > 0.

/** Decimal digits and point position: value = 0.DIGITS × 10**decpt. `digits` has no trailing zeros. */
export interface Digits {
  digits: string;
  decpt: number;
}

function stripTrailingZeros(s: string): string {
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 48) end--;
  return s.slice(0, end);
}

/** Shortest digit string that round-trips (dtoa mode 0). */
export function shortestDigits(x: number): Digits {
  const s = x.toString();
  const ePos = s.indexOf('e');
  let mant = ePos < 0 ? s : s.slice(0, ePos);
  const exp = ePos < 0 ? 0 : Number(s.slice(ePos + 1));
  const dot = mant.indexOf('.');
  let intLen = dot < 0 ? mant.length : dot;
  if (dot >= 0) mant = mant.slice(0, dot) + mant.slice(dot + 1);
  let lead = 0;
  while (lead < mant.length - 1 && mant.charCodeAt(lead) === 48) lead++;
  intLen -= lead;
  mant = mant.slice(lead);
  return { digits: stripTrailingZeros(mant), decpt: intLen + exp };
}

/** Exact path: round(x * 10**p) half-even, as a decimal string without sign. p may be negative. */
function fixedSlow(x: number, p: number): string {
  const { m, e } = decompose(x);
  return roundScaled(m, e, p).toString();
}

// ---------------------------------------------------------------------------------------------------------
// Small fixed-point roundings without BigInt or toFixed

/** 10**k for k <= 22, all exact doubles (parsed from text: no pow() rounding to trust). */
const POW10 = Array.from({ length: 23 }, (_, k) => Number('1e' + k));
/** Veltkamp's splitter for doubles: 2**27 + 1. */
const SPLITTER = 134217729;
const TWO52 = 4503599627370496;

/**
 * round-half-even(ax * 10**p) for a finite ax >= 0 and 0 <= p <= 22 when the product stays below 2**52,
 * else -1. Dekker's error-free product gives ax * 10**p exactly as hi + lo (hi = the rounded product), so
 * the distance to the rounding midpoint, (hi - floor(hi) - 0.5) + lo, has an exactly known sign: below
 * 2**52, hi - floor(hi) - 0.5 is exact (or, for hi < 0.25, far from zero), and adding lo cannot flip a sign.
 * `format(x, '.2f')` and round(x, 2) measured ~100 ns per call through toFixed (a runtime call and a
 * string to take apart) and ~15 ns here.
 */
export function roundScaledSmall(ax: number, p: number): number {
  if (p > 22) return -1;
  const c = POW10[p]!;
  const hi = ax * c;
  if (!(hi < TWO52)) return -1;
  let t = SPLITTER * ax;
  const aHi = t - (t - ax);
  const aLo = ax - aHi;
  t = SPLITTER * c;
  const cHi = t - (t - c);
  const cLo = c - cHi;
  const lo = aHi * cHi - hi + aHi * cLo + aLo * cHi + aLo * cLo;
  let n = Math.floor(hi);
  const r = hi - n - 0.5 + lo;
  if (r > 0 || (r === 0 && n % 2 === 1)) n++;
  return n;
}

/** '.' and every p-digit fraction, for p = 1..3: `DOT_FRACTIONS[2][5]` is ".05" (built on first use). */
const DOT_FRACTIONS: string[][] = [];

/**
 * Digits of the integer n (n < 2**52) laid out with p digits after the point: (1234, 2) -> "12.34". For
 * p <= 3 the fraction with its point comes from a table, so the text is one concatenation of two strings
 * instead of a number-to-string, two slices and two concatenations (format(x, '.2f') 60 -> 35 ns).
 */
function fixedText(n: number, p: number): string {
  if (p === 0) return String(n);
  if (p <= 3) {
    const c = POW10[p]!;
    const ip = Math.floor(n / c);
    let table = DOT_FRACTIONS[p];
    if (table === undefined) DOT_FRACTIONS[p] = table = Array.from({ length: c }, (_, k) => '.' + String(c + k).slice(1));
    return natText(ip) + table[n - ip * c];
  }
  const s = String(n);
  if (s.length > p) return s.slice(0, s.length - p) + '.' + s.slice(s.length - p);
  return '0.' + '0'.repeat(p - s.length) + s;
}

/**
 * `format(x, '.<p>f')` for a finite x without flags (sign included: '-0.00' for tiny negatives, as CPython
 * writes), or null when the general path is needed: an exact rounding of small products, else toFixed when
 * that is provably Python's answer (no exact decimal tie at the rounding position).
 */
export function fastFixed(x: number, p: number): string | null {
  const ax = Math.abs(x);
  const n = roundScaledSmall(ax, p);
  if (n >= 0) return x < 0 || Object.is(x, -0) ? '-' + fixedText(n, p) : fixedText(n, p);
  if (!(ax < 1e21) || p > 100 || x === 0 || lowBitExponent(ax) === -(p + 1)) return null;
  return x.toFixed(p);
}

/**
 * round-half-even(x * 10**p) as a decimal digit string (no sign, no leading zeros, "0" for zero).
 * This is dtoa mode 3's digit string before trailing-zero stripping. p may be negative.
 */
export function fixedDigits(x: number, p: number): string {
  const n = p >= 0 ? roundScaledSmall(x, p) : -1;
  if (n >= 0) return String(n);
  if (p >= 0 && p <= 100 && x < 1e21 && lowBitExponent(x) !== -(p + 1)) {
    const s = x.toFixed(p);
    const dot = s.indexOf('.');
    let t = dot < 0 ? s : s.slice(0, dot) + s.slice(dot + 1);
    let lead = 0;
    while (lead < t.length - 1 && t.charCodeAt(lead) === 48) lead++;
    if (lead) t = t.slice(lead);
    return t;
  }
  return fixedSlow(x, p);
}

/** Exact path for sigDigits. */
function sigSlow(x: number, n: number): Digits {
  const { m, e } = decompose(x);
  let k = Math.floor(Math.log10(x)); // decimal exponent estimate: 10**k <= x < 10**(k+1)
  while (cmpPow10(m, e, k) < 0) k--;
  while (cmpPow10(m, e, k + 1) >= 0) k++;
  let q = roundScaled(m, e, n - 1 - k);
  if (q === pow10n(n)) {
    q = pow10n(n - 1);
    k++;
  }
  return { digits: q.toString(), decpt: k + 1 };
}

/** x rounded (half-even) to n >= 1 significant digits: exactly n digits (trailing zeros kept). */
export function sigDigits(x: number, n: number): Digits {
  if (n <= 101) {
    const s = x.toExponential(n - 1);
    const ePos = s.indexOf('e');
    const exp = Number(s.slice(ePos + 1));
    const k = n - 1 - exp;
    const low = lowBitExponent(x);
    if (low !== -(k + 1) && low !== -(k + 2)) {
      const digits = n === 1 ? s.slice(0, 1) : s.slice(0, 1) + s.slice(2, ePos);
      return { digits, decpt: exp + 1 };
    }
  }
  return sigSlow(x, n);
}

/** Testing hooks: the exact generators, bypassing the JS fast paths. */
export const exactPaths = { fixedSlow, sigSlow };

// ---------------------------------------------------------------------------------------------------------
// Layout (port of the semantics of CPython's format_float_short)

export interface DtsFlags {
  /** '#': keep trailing zeros for 'g', always keep the decimal point. */
  alt?: boolean;
  /** Ensure at least one digit after the point when there is no exponent (repr, format type ''). */
  addDot0?: boolean;
  /** Always emit a sign ('+' for non-negative). */
  alwaysSign?: boolean;
  /** 'z': a negative value that rounds to zero prints without '-'. */
  noNeg0?: boolean;
}

export type DtsCode = 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'r';

/**
 * Python's PyOS_double_to_string: format x with code e/E/f/F/g/G/r ('r' = repr, precision ignored).
 * 'g' with precision 0 means 1. Result carries a leading '-' for negatives (incl. -0.0).
 */
export function doubleToString(x: number, code: DtsCode, precision: number, flags: DtsFlags = {}): string {
  const upper = code === 'E' || code === 'F' || code === 'G';
  const c = upper ? (code.toLowerCase() as 'e' | 'f' | 'g') : code;
  if (x !== x) {
    const s = upper ? 'NAN' : 'nan';
    return flags.alwaysSign ? '+' + s : s;
  }
  let neg = x < 0 || Object.is(x, -0);
  const ax = Math.abs(x);
  if (ax === Infinity) {
    const s = upper ? 'INF' : 'inf';
    return (neg ? '-' : flags.alwaysSign ? '+' : '') + s;
  }

  let digits: string;
  let decpt: number;
  if (ax === 0) {
    digits = '0';
    decpt = 1;
  } else if (c === 'r') {
    ({ digits, decpt } = shortestDigits(ax));
  } else if (c === 'f') {
    const n = fixedDigits(ax, precision);
    if (n === '0') {
      digits = '';
      decpt = -precision;
    } else {
      decpt = n.length - precision;
      digits = stripTrailingZeros(n);
    }
  } else {
    const nd = c === 'e' ? precision + 1 : precision === 0 ? 1 : precision;
    const r = sigDigits(ax, nd);
    digits = stripTrailingZeros(r.digits);
    decpt = r.decpt;
  }

  if (neg && flags.noNeg0 && (digits === '' || digits === '0')) neg = false;

  const alt = !!flags.alt;
  const addDot0 = !!flags.addDot0;
  const dlen = digits.length;
  let useExp = false;
  let vEnd = dlen;
  let exp = 0;
  switch (c) {
    case 'e':
      useExp = true;
      vEnd = precision + 1;
      break;
    case 'f':
      vEnd = decpt + precision;
      break;
    case 'g': {
      const p = precision === 0 ? 1 : precision;
      if (decpt <= -4 || decpt > (addDot0 ? p - 1 : p)) useExp = true;
      if (alt) vEnd = p;
      break;
    }
    case 'r':
      if (decpt <= -4 || decpt > 16) useExp = true;
      break;
  }
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  const vStart = decpt <= 0 ? decpt - 1 : 0;
  if (!useExp && addDot0) vEnd = vEnd > decpt ? vEnd : decpt + 1;
  else vEnd = vEnd > decpt ? vEnd : decpt;

  let out = neg ? '-' : flags.alwaysSign ? '+' : '';
  if (decpt <= 0) {
    out += '0'.repeat(decpt - vStart) + '.' + '0'.repeat(-decpt);
  } else {
    out += '0'.repeat(-vStart);
  }
  if (decpt > 0 && decpt <= dlen) {
    out += digits.slice(0, decpt) + '.' + digits.slice(decpt);
  } else {
    out += digits;
  }
  if (dlen < decpt) {
    out += '0'.repeat(decpt - dlen) + '.' + '0'.repeat(vEnd - decpt);
  } else {
    out += '0'.repeat(vEnd - dlen);
  }
  if (out.charCodeAt(out.length - 1) === 46 && !alt) out = out.slice(0, -1);
  if (useExp) {
    const ae = Math.abs(exp);
    out += (upper ? 'E' : 'e') + (exp < 0 ? '-' : '+') + (ae < 10 ? '0' + ae : String(ae));
  }
  return out;
}

/** Python's repr(float) (and str(float)). */
export function reprFloat(x: number): string {
  // Fast path for small integral values, the most common case.
  if (Number.isInteger(x) && Math.abs(x) < 1e16) {
    return Object.is(x, -0) ? '-0.0' : String(x) + '.0';
  }
  // between 1e-4 and 1e16 both write the shortest round-tripping digits (the ones closest to the value
  // when several are as short) without an exponent: JS's own conversion is Python's repr (checked on
  // 300k doubles of all kinds), and 1.5x faster than the digits made here
  const ax = Math.abs(x);
  if (ax >= 1e-4 && ax < 1e16) return String(x);
  return doubleToString(x, 'r', 0, { addDot0: true });
}
