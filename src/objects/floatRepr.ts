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

/**
 * round-half-even(x * 10**p) as a decimal digit string (no sign, no leading zeros, "0" for zero).
 * This is dtoa mode 3's digit string before trailing-zero stripping. p may be negative.
 */
/**
 * `format(x, '.<p>f')` without sign/width/grouping flags, straight from toFixed when that is provably
 * Python's answer (no exact decimal tie at the rounding position); null when the general path is needed.
 */
export function fastFixed(x: number, p: number): string | null {
  const ax = Math.abs(x);
  if (!(ax < 1e21) || p > 100 || x === 0 || lowBitExponent(ax) === -(p + 1)) return null;
  return x.toFixed(p);
}

export function fixedDigits(x: number, p: number): string {
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
  return doubleToString(x, 'r', 0, { addDot0: true });
}
