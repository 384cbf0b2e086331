/**
 * Numbers in text, the two ways NumPy reads them.
 *
 * Whole fields (`loadtxt`, `genfromtxt`): the field must be exactly one number, surrounded by optional
 * whitespace — floats in Python's syntax without underscores (`1e5`, `.5`, `inf`, `-Infinity`, `nan`),
 * integers as decimal digits with a sign, range-checked against the dtype (no floats: '1.0' is not an
 * int), booleans as integers (non-zero is True), complex as `real`, `imagj`, `real±imagj`, optionally in
 * parentheses. A field that does not parse gives null, and the caller raises NumPy's message.
 *
 * Prefixes (`fromfile`/`fromstring` with `sep`): the longest number at a position, after whitespace, as
 * C's strtod/strtoll scan it — integers clamp to the 64-bit range and then wrap into the dtype, as
 * NumPy's C casts do.
 */
import { DType, intRange } from '../../../runtime/dtype';
import { Complex, wrapInt } from '../../../runtime/elements';
import { roundHalf } from '../../../runtime/half';

/** Python's str.isspace for one character */
export function isSpace(c: string): boolean {
  return /[\s\x1c-\x1f\x85]/.test(c) && c !== '\ufeff';
}

/** Python's str.strip() with no argument (JS trim() also removes U+FEFF and keeps \x1c-\x1f, \x85) */
export function pyStrip(s: string): string {
  let a = 0, b = s.length;
  while (a < b && isSpace(s[a])) a++;
  while (b > a && isSpace(s[b - 1])) b--;
  return s.slice(a, b);
}

const FLOAT_RE = /^[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|inf|infinity|nan)$/i;
const FLOAT_PREFIX = /[+-]?(?:inf(?:inity)?|nan(?:\([0-9a-z_]*\))?|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)/iy;

function floatValue(t: string): number {
  const u = t.toLowerCase();
  const neg = u.startsWith('-');
  const body = u.replace(/^[+-]/, '');
  if (body.startsWith('inf')) return neg ? -Infinity : Infinity;
  if (body.startsWith('nan')) return NaN;
  return Number(u);
}

/** A float field in the precision of `dt` (float16/32 round), or null. */
export function parseFloatField(s: string, dt: DType): number | null {
  const t = pyStrip(s);
  if (!FLOAT_RE.test(t)) return null;
  return roundTo(floatValue(t), dt);
}

function roundTo(v: number, dt: DType): number {
  const size = dt.kind === 'c' ? dt.itemsize / 2 : dt.itemsize;
  return size === 4 ? Math.fround(v) : size === 2 ? roundHalf(v) : v;
}

/** An integer field within the range of integer dtype `dt` (its domain value), or null. */
export function parseIntField(s: string, dt: DType): number | bigint | null {
  const t = pyStrip(s);
  if (!/^[+-]?\d+$/.test(t)) return null;
  const v = BigInt(t);
  const [lo, hi] = intRange(dt);
  if (v < lo || v > hi) return null;
  return wrapInt(dt, v);
}

/** A boolean field: an integer, non-zero is True (0/1 domain value), or null. */
export function parseBoolField(s: string): number | null {
  const t = pyStrip(s);
  if (!/^[+-]?\d+$/.test(t)) return null;
  return BigInt(t) !== 0n ? 1 : 0;
}

/** A complex field (`1+2j`, `(3-4j)`, `5j`, `6`) with the given imaginary unit, or null. */
export function parseComplexField(s: string, dt: DType, unit = 'j'): Complex | null {
  let t = pyStrip(s);
  if (t.startsWith('(')) {
    if (!t.endsWith(')')) return null;
    t = pyStrip(t.slice(1, -1));
  }
  const r = scanComplexAt(t, 0, unit);
  if (r === null || r[1] !== t.length) return null;
  return new Complex(roundTo(r[0].re, dt), roundTo(r[0].im, dt));
}

// ---- prefixes ----

/** [value, end] of the float starting at `pos` after whitespace, or null when there is none. */
function scanFloat(text: string, pos: number): [number, number] | null {
  let p = pos;
  while (p < text.length && isSpace(text[p])) p++;
  FLOAT_PREFIX.lastIndex = p;
  const m = FLOAT_PREFIX.exec(text);
  if (!m) return null;
  return [floatValue(m[0]), p + m[0].length];
}

function scanComplexAt(text: string, pos: number, unit: string): [Complex, number] | null {
  const a = scanFloat(text, pos);
  if (!a) return null;
  let [re, p] = a;
  if (text[p] === unit) return [new Complex(0, re), p + 1];
  if (text[p] === '+' || text[p] === '-') {
    FLOAT_PREFIX.lastIndex = p;
    const m = FLOAT_PREFIX.exec(text);
    if (m && text[p + m[0].length] === unit) return [new Complex(re, floatValue(m[0])), p + m[0].length + 1];
  }
  return [new Complex(re, 0), p];
}

/**
 * [domain value of dt, end] for the number at `pos` (strtod / strtoll semantics), or null. Unsigned
 * integers take no sign in strings (strtoull) but wrap a negative one read from a file (fscanf).
 */
export function scanNumber(text: string, pos: number, dt: DType, fromFile: boolean): [any, number] | null {
  if (dt.kind === 'f') {
    const r = scanFloat(text, pos);
    return r && [roundTo(r[0], dt), r[1]];
  }
  if (dt.kind === 'c') {
    const r = scanComplexAt(text, pos, 'j');
    return r && [new Complex(roundTo(r[0].re, dt), roundTo(r[0].im, dt)), r[1]];
  }
  let p = pos;
  while (p < text.length && isSpace(text[p])) p++;
  const m = /[+-]?\d+/y;
  m.lastIndex = p;
  const g = m.exec(text);
  if (!g || (dt.kind === 'u' && !fromFile && g[0].startsWith('-'))) return null;
  let v = BigInt(g[0]);
  const lim = dt.kind === 'u' && !fromFile ? [0n, 2n ** 64n - 1n] : [-(2n ** 63n), 2n ** 63n - 1n];
  if (v < lim[0]) v = lim[0];
  if (v > lim[1]) v = lim[1];
  const end = p + g[0].length;
  if (dt.kind === 'b') return [v !== 0n ? 1 : 0, end];
  return [wrapInt(dt, v), end];
}
