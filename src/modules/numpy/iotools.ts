/**
 * Helpers of numpy/lib/_iotools.py that genfromtxt builds on: `str2bool`, the Python conversions its
 * StringConverter calls (`int()`, `float()`, `complex()` on a field — whitespace allowed around the
 * number, PEP 515 underscores between digits, Python's error texts), and `NameValidator`, which turns
 * header words into field names.
 */
import { DType, intRange } from '../../../runtime/dtype';
import { PyComplex, float } from '../../objects/values';
import { throwPy } from '../../objects/errors';
import { repr } from '../../objects/repr';
import { norm } from '../../objects/arith';
import { pyStrip } from './textFields';

const NUM = '\\d(?:_?\\d)*';
const FLOAT_BODY = `(?:(?:${NUM}\\.?(?:${NUM})?|\\.${NUM})(?:[eE][+-]?${NUM})?|inf(?:inity)?|nan)`;
const FLOAT_RE = new RegExp(`^[+-]?${FLOAT_BODY}$`, 'i');
const COMPLEX_RE = new RegExp(`^(?:([+-]?${FLOAT_BODY})(?:([+-]${FLOAT_BODY}?)[jJ])?|([+-]?${FLOAT_BODY}?)[jJ])$`, 'i');

function num(t: string): number {
  const u = t.replace(/_/g, '').toLowerCase();
  const body = u.replace(/^[+-]/, '');
  if (body.startsWith('inf')) return u.startsWith('-') ? -Infinity : Infinity;
  if (body === 'nan') return NaN;
  return Number(u);
}

/** _iotools.str2bool */
export function str2bool(s: string): boolean {
  const u = s.toUpperCase();
  if (u === 'TRUE') return true;
  if (u === 'FALSE') return false;
  return throwPy('ValueError', 'Invalid boolean');
}

/** int(s) within the range of `dt` (NumPy's OverflowError check, reported as ValueError). */
export function pyInt(s: string, dt: DType): number | bigint {
  const t = pyStrip(s);
  if (!new RegExp(`^[+-]?${NUM}$`).test(t)) throwPy('ValueError', `invalid literal for int() with base 10: ${repr(s)}`);
  const v = BigInt(t.replace(/_/g, ''));
  const [lo, hi] = intRange(dt);
  if (v < lo || v > hi) throwPy('ValueError', `Python int too large to convert to C long`);
  return norm(v);
}

/** float(s) */
export function pyFloat(s: string): any {
  const t = pyStrip(s);
  if (!FLOAT_RE.test(t)) throwPy('ValueError', `could not convert string to float: ${repr(s)}`);
  return float(num(t));
}

/** int(float(s)), what genfromtxt uses for integer dtypes other than int64/uint64 */
export function intViaFloat(s: string): number | bigint {
  const f = num(pyStrip(s));
  pyFloat(s);
  if (Number.isNaN(f)) throwPy('ValueError', 'cannot convert float NaN to integer');
  if (!Number.isFinite(f)) throwPy('OverflowError', 'cannot convert float infinity to integer');
  const t = Math.trunc(f);
  return Number.isSafeInteger(t) ? t : BigInt(t);
}

/** complex(s) */
export function pyComplex(s: string): PyComplex {
  let t = pyStrip(s);
  if (t.startsWith('(') && t.endsWith(')')) t = pyStrip(t.slice(1, -1));
  const m = COMPLEX_RE.exec(t);
  if (!m) return throwPy('ValueError', 'complex() arg is a malformed string');
  const part = (x: string | undefined) => (x === undefined || x === '' || x === '+' ? 1 : x === '-' ? -1 : num(x));
  if (m[3] !== undefined) return new PyComplex(0, part(m[3]));
  return new PyComplex(num(m[1]), m[2] === undefined ? 0 : part(m[2]));
}

export interface NameOptions {
  excludelist: string[];
  /** null for NumPy's default set */
  deletechars: string | null;
  /** True/None keep, False/'upper' upper-case, 'lower' lower-case */
  caseSensitive: any;
  replaceSpace: string;
  defaultfmt: string;
}

const DEFAULT_DELETE = "~!@#$%^&*()-=+~\\|]}[{';: /?.>,<";
const DEFAULT_EXCLUDE = ['return', 'file', 'print'];

/** NameValidator.validate: cleaned, unique field names (padded or cut to `nbfields`). */
export function validateNames(input: string[], o: NameOptions, nbfields?: number): string[] {
  let names = input.slice();
  if (nbfields !== undefined) {
    if (names.length < nbfields) names = names.concat(new Array(nbfields - names.length).fill(''));
    else names = names.slice(0, nbfields);
  }
  const del = new Set([...(o.deletechars ?? DEFAULT_DELETE), '"']);
  const exclude = [...o.excludelist, ...DEFAULT_EXCLUDE];
  const cs = o.caseSensitive;
  let convert = (x: string) => x;
  if (cs === false || (typeof cs === 'string' && cs.startsWith('u'))) convert = (x) => x.toUpperCase();
  else if (typeof cs === 'string' && cs.startsWith('l')) convert = (x) => x.toLowerCase();
  else if (cs !== true && cs !== null) throwPy('ValueError', `unrecognized case_sensitive value ${cs}.`);
  const out: string[] = [];
  const seen = new Map<string, number>();
  let nbempty = 0;
  for (const raw of names) {
    let item = pyStrip(convert(raw));
    if (o.replaceSpace) item = item.replaceAll(' ', o.replaceSpace);
    item = [...item].filter((c) => !del.has(c)).join('');
    if (item === '') {
      item = o.defaultfmt.replace(/%i|%d/, String(nbempty));
      while (names.includes(item)) {
        nbempty++;
        item = o.defaultfmt.replace(/%i|%d/, String(nbempty));
      }
      nbempty++;
    } else if (exclude.includes(item)) item += '_';
    const cnt = seen.get(item) ?? 0;
    out.push(cnt > 0 ? `${item}_${cnt}` : item);
    seen.set(item, cnt + 1);
  }
  return out;
}
