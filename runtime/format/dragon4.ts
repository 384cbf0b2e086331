/**
 * NumPy's float → text conversions (`format_float_positional`, `format_float_scientific`), the building
 * block of array printing and of NumPy scalar reprs. Options mirror NumPy's Dragon4 entry points:
 * `unique` (shortest round-trip digits) with an optional `precision` cut-off, or exactly `precision`
 * digits; `trim` 'k' (keep), '.' (drop trailing zeros, keep the point), '0' (keep one zero after the
 * point), '-' (drop zeros and point); `sign` forces '+'; padding to column widths; `minDigits`.
 * Non-finite values are the caller's business (they print as 'nan'/'inf' with NumPy's options).
 */
import { dragonDigits } from './floatDigits';

export type Trim = 'k' | '.' | '0' | '-';

export interface FloatFormat {
  precision?: number;
  unique?: boolean;
  fractional?: boolean;
  trim?: Trim;
  sign?: boolean;
  padLeft?: number;
  padRight?: number;
  minDigits?: number;
  expDigits?: number;
}

/** The fraction and whether the decimal point stays: any mode but 'k' drops every trailing zero, min_digits' too. */
function applyTrim(frac: string, trim: Trim): [string, boolean] {
  if (trim !== 'k') {
    let end = frac.length;
    while (end > 0 && frac[end - 1] === '0') end--;
    frac = frac.slice(0, end);
  }
  if (frac.length === 0) {
    if (trim === '0') return ['0', true];
    if (trim === '-') return ['', false];
  }
  return [frac, true];
}

function signOf(x: number, force: boolean): string {
  if (x < 0 || Object.is(x, -0)) return '-';
  return force ? '+' : '';
}

/** Positional notation of a finite x stored in `size` bytes. */
export function formatPositional(x: number, size: number, o: FloatFormat = {}): string {
  const precision = o.precision ?? -1;
  const unique = o.unique ?? true;
  const fractional = o.fractional ?? true;
  const trim = o.trim ?? 'k';
  // without `fractional`, precision and min_digits count significant digits; dragonDigits counts those after the first
  // min_digits only counts in unique mode (Dragon4's exact mode pads to `precision` instead); -1 is none,
  // while 0 (what array printing passes) still asks for every whole digit: 11728., not 11730., for a float16
  const minDigits = unique ? o.minDigits ?? -1 : -1;
  const d = dragonDigits(x, size, unique, fractional || precision < 0 ? precision : precision - 1, fractional, fractional ? minDigits : minDigits > 0 ? minDigits - 1 : -1);
  let digits = d.digits, point = d.point;
  if (digits === '0') point = 1;
  let int: string, frac: string;
  if (point <= 0) {
    int = '0';
    frac = '0'.repeat(-point) + digits;
  } else if (point >= digits.length) {
    int = digits + '0'.repeat(point - digits.length);
    frac = '';
  } else {
    int = digits.slice(0, point);
    frac = digits.slice(point);
  }
  if (x === 0) frac = '';
  // min_digits pads to that many digits after the point, or significant digits when not fractional
  // (leading zeros do not count; a zero's own digit does)
  let want = Math.max(minDigits, 0);
  if (!fractional && minDigits > 0) want = int !== '0' ? minDigits - int.length : x === 0 ? minDigits - 1 : frac.length - frac.replace(/^0+/, '').length + minDigits;
  // non-unique mode prints exactly `precision` digits (significant ones when not fractional)
  // (NumPy's Dragon4 pads a total-length cut-off to `precision` less the whole digits, a lone 0 included)
  if (!unique && precision >= 0) want = Math.max(want, fractional ? precision : precision - int.length);
  // a non-zero value that rounds to zero at the cut-off keeps the zeros generated up to it (0.0012 → "0.00")
  if (digits === '0' && x !== 0 && fractional && precision >= 0) want = Math.max(want, precision);
  if (frac.length < want) frac += '0'.repeat(want - frac.length);
  const [f, dot] = applyTrim(frac, trim);
  let left = signOf(x, o.sign ?? false) + int;
  if (o.padLeft !== undefined && left.length < o.padLeft) left = ' '.repeat(o.padLeft - left.length) + left;
  let right = f;
  if (o.padRight !== undefined && right.length <= o.padRight) {
    // a trimmed point leaves a space in its place when padding
    if (!dot) right = ' ';
    right += ' '.repeat(o.padRight - f.length);
  }
  return left + (dot ? '.' : '') + right;
}

/** Scientific notation of a finite x stored in `size` bytes. */
export function formatScientific(x: number, size: number, o: FloatFormat = {}): string {
  const precision = o.precision ?? -1;
  const unique = o.unique ?? true;
  const trim = o.trim ?? 'k';
  const minDigits = unique ? o.minDigits ?? -1 : -1;
  const d = dragonDigits(x, size, unique, precision, false, minDigits);
  const exp = x === 0 ? 0 : d.point - 1;
  let frac = d.digits.slice(1);
  const generated = frac.length > 0;
  let want = Math.max(minDigits, 0);
  if (!unique && precision >= 0) want = Math.max(want, precision);
  if (frac.length < want) frac += '0'.repeat(want - frac.length);
  let [f, dot] = applyTrim(frac, trim);
  // Dragon4's scientific trim never takes away a point that had digits after it ('1.e+00' for 1.000 in '-')
  if (generated) dot = true;
  let left = signOf(x, o.sign ?? false) + d.digits[0];
  if (o.padLeft !== undefined && left.length < o.padLeft) left = ' '.repeat(o.padLeft - left.length) + left;
  let ed = String(Math.abs(exp));
  const minExp = o.expDigits !== undefined && o.expDigits >= 0 ? o.expDigits : 2;
  if (ed.length < minExp) ed = '0'.repeat(minExp - ed.length) + ed;
  return left + (dot ? '.' : '') + f + 'e' + (exp < 0 ? '-' : '+') + ed;
}

/** The exponent threshold NumPy scalars switch to scientific notation at (per float size). */
export function scalarSciCutoff(size: number): number {
  return size === 2 ? 1e3 : size === 4 ? 1e6 : 1e16;
}

/**
 * str() of a NumPy float scalar: positional between 1e-4 and the type's cut-off (one zero kept after
 * the point), scientific outside it, like Python's float repr but with the type's own shortest digits.
 * Before NumPy 2.3 (legacy print modes up to '2.2') every type switched at float64's 1e16.
 */
export function scalarFloatStr(x: number, size: number, legacyCutoff = false): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  const ax = Math.abs(x);
  if (ax === 0 || (ax >= 1e-4 && ax < scalarSciCutoff(legacyCutoff ? 8 : size))) return formatPositional(x, size, { trim: '0' });
  return formatScientific(x, size, { trim: '-' });
}
