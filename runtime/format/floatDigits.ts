/**
 * Decimal digits of binary floating-point values, the way NumPy's Dragon4 produces them:
 * shortest round-trip digits for float16/32/64 ("unique" mode), and exact rounding of the binary value to a
 * fixed number of digits with round-half-to-even on the last digit (the cut-off and "fixed" modes).
 *
 * Shortest digits of a float64 come from the engine's own shortest formatting; float32 and float16 try
 * increasing digit counts until the value reads back to the same narrow float. Exact rounding works on
 * the value as m·2^e with BigInt arithmetic, so nothing is rounded twice.
 */
import { roundHalf } from '../half';

/** Digits d1d2…dn (no leading zeros, n ≥ 1) with the value = 0.d1d2…dn × 10^point. */
export interface Digits {
  digits: string;
  point: number;
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/** The narrow type's rounding for `size` bytes (8 → identity). */
export function rounder(size: number): (x: number) => number {
  return size === 4 ? Math.fround : size === 2 ? roundHalf : (x) => x;
}

function parseExp(s: string): Digits {
  // s like "1.2345e+5"
  const e = s.indexOf('e');
  const mant = s.slice(0, e).replace('.', '');
  const exp = Number(s.slice(e + 1));
  const digits = mant.replace(/0+$/, '') || '0';
  return { digits, point: exp + 1 };
}

/** Shortest digits that read back as |x| in a float of `size` bytes (x finite and non-zero). */
export function shortest(x: number, size = 8): Digits {
  const ax = Math.abs(x);
  if (size === 8) return parseExp(ax.toExponential());
  const round = rounder(size);
  const maxDigits = size === 4 ? 9 : 5;
  let p = 1;
  while (p < maxDigits && round(Number(ax.toExponential(p - 1))) !== ax) p++;
  // toExponential breaks a tie upwards; Dragon4 takes the even digit (float32 1799367.25 → 1799367.2),
  // and at a tie both candidates read back alike, so only the last digit needs the exact rounding
  return fixedDigits(ax, p - shortest(ax).point);
}

/** |x| = m · 2^e exactly, m a non-negative BigInt. */
function decompose(x: number): [bigint, number] {
  f64[0] = Math.abs(x);
  const hi = u32[1], lo = u32[0];
  const bexp = (hi >>> 20) & 0x7ff;
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (bexp === 0) return [m, -1074];
  m |= 1n << 52n;
  return [m, bexp - 1075];
}

/** round(num/den) with ties to even */
function divRound(num: bigint, den: bigint): bigint {
  const q = num / den;
  const r2 = (num % den) * 2n;
  if (r2 > den || (r2 === den && (q & 1n) === 1n)) return q + 1n;
  return q;
}

/**
 * |x| rounded exactly to `frac` digits after the decimal point (frac may be negative). Trailing zeros are
 * dropped, unless `realZeros` keeps those Dragon4 generates: digits of an inexact value rounded down
 * (1.0001 to 3 places is "1000"), not those of an exact end or of a carry (0.1997 to 3 places is "2").
 */
export function fixedDigits(x: number, frac: number, realZeros = false): Digits {
  const [m, e] = decompose(x);
  let num = m, den = 1n;
  if (e >= 0) num <<= BigInt(e);
  else den <<= BigInt(-e);
  if (frac >= 0) num *= 10n ** BigInt(frac);
  else den *= 10n ** BigInt(-frac);
  const n = divRound(num, den);
  if (n === 0n) return { digits: '0', point: 1 - frac };
  const s = n.toString();
  const keep = realZeros && n === num / den && num % den !== 0n;
  const digits = keep ? s : s.replace(/0+$/, '');
  return { digits, point: s.length - frac };
}

/** |x| rounded exactly to `sig` significant digits (x finite, non-zero). */
export function sigDigits(x: number, sig: number, realZeros = false): Digits {
  // decimal exponent: point such that 10^(point-1) <= |x| < 10^point
  let point = shortest(x).point;
  const [m, e] = decompose(x);
  const pow2 = (v: bigint) => (e >= 0 ? v << BigInt(e) : v);
  const den2 = e >= 0 ? 1n : 1n << BigInt(-e);
  // verify 10^(point-1) <= |x| exactly; the shortest digits may have rounded up to a power of ten
  const geq = (k: number) => (k >= 0 ? pow2(m) >= (10n ** BigInt(k)) * den2 : pow2(m) * 10n ** BigInt(-k) >= den2);
  if (!geq(point - 1)) point--;
  const frac = sig - point;
  return fixedDigits(x, frac, realZeros);
}

/**
 * Digits of |x| as NumPy's Dragon4 gives them: shortest unique digits when `unique`, cut off at
 * `precision` digits (after the point when `fractional`, else after the first digit) with exact rounding;
 * exactly `precision` such digits when not unique. precision < 0 means no cut-off. `minDigits` (unique
 * mode only; -1 for none) asks for at least that many digits: past the unique ones they are the exact
 * value's, and whole digits are always exact then (0 still asks for those).
 */
export function dragonDigits(x: number, size: number, unique: boolean, precision: number, fractional: boolean, minDigits = -1): Digits {
  if (x === 0) return { digits: '0', point: 1 };
  if (unique) {
    // the precision cut-off stops digits before min_digits does
    const requested = minDigits >= 0;
    if (precision >= 0) minDigits = Math.min(minDigits, precision);
    const s = shortest(x, size);
    const have = fractional ? s.digits.length - s.point : s.digits.length - 1;
    if (precision < 0 || have <= precision) {
      // asked for more digits than uniqueness needs: Dragon4 keeps generating the value's true digits
      // (zeros included: it stops at the min_digits position, not when the value is exhausted)
      if (requested && have < minDigits) {
        const r = fractional ? fixedDigits(x, minDigits) : sigDigits(x, minDigits + 1);
        return { digits: r.digits.padEnd(fractional ? r.point + minDigits : minDigits + 1, '0'), point: r.point };
      }
      return s;
    }
    // cut off at `precision`: the digits up to the cut-off are generated, zeros included ("1.000")
  }
  if (precision < 0) return shortest(x, size);
  return fractional ? fixedDigits(x, precision, true) : sigDigits(x, precision + 1, true);
}
