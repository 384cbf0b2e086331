/**
 * `np.format_float_positional` and `np.format_float_scientific`: argument checking in NumPy's order (the
 * Python wrapper's range checks first — precision, pads, min_digits, fractional — then the C entry
 * point's: trim mode, precision in non-unique mode, and finally the value, read as a float the way
 * PyFloat_AsDouble reads one), then runtime/format/dragon4.ts for the digits. Non-finite values print
 * as 'nan' / 'inf' / '-inf' ('+inf' with sign=True; a NaN never takes a sign and no value takes padding).
 */
import { NDArray } from '../../../runtime/ndarray';
import { formatPositional, formatScientific, Trim } from '../../../runtime/format/dragon4';
import { PyFloat } from '../../objects/values';
import { throwPy } from '../../objects/errors';
import { truthy, index as pyIndex } from '../../objects/protocols';
import { str as pyStr } from '../../objects/repr';
import { typeOf } from '../../objects/pytype';
import { NPScalar, weakKind, scalar } from './scalars';
import { warnComplexCast } from './castWarnings';
import * as D from '../../../runtime/dtype';

type Args = Record<string, any>;

/** NumPy's _none_or_positive_arg: None → -1, a negative value → ValueError */
function nonNegative(p: Args, name: string): number {
  const v = p[name];
  if (v === undefined || v === null) return -1;
  const n = pyIndex(v);
  if (n < 0) throwPy('ValueError', `${name} must be >= 0`);
  return n;
}

/** the C entry point's trim converter: one of 'k', '.', '0', '-' (its message pads the value to 100 columns) */
function trimMode(v: any): Trim {
  if (v === undefined) return 'k';
  if (v === 'k' || v === '.' || v === '0' || v === '-') return v;
  return throwPy('TypeError', `if supplied, trim must be 'k', '.', '0' or '-' found \`${pyStr(v).padStart(100)}\``);
}

/** the value as a double and the float size whose shortest digits it prints with */
export function floatValue(v: any): [number, number] {
  if (v instanceof NDArray && v.ndim === 0) v = scalar(v.dtype, v.get([]));
  if (v instanceof NDArray) throwPy('TypeError', 'only 0-dimensional arrays can be converted to Python scalars');
  if (v instanceof NPScalar) {
    if (v.dt.kind === 'c') {
      warnComplexCast(v.dt, D.float64);
      return [v.v.re, v.dt.itemsize / 2];
    }
    if (v.dt.kind === 'f') return [v.v, v.dt.itemsize];
    if (v.dt.kind === 'i' || v.dt.kind === 'u' || v.dt.kind === 'b') return [Number(v.v), 8];
  }
  if (v instanceof PyFloat) return [v.v, 8];
  if (typeof v === 'boolean') return [v ? 1 : 0, 8];
  const k = weakKind(v);
  if (k === 'int' || k === 'float') return [Number(v), 8];
  return throwPy('TypeError', `must be real number, not ${typeOf(v).tpName}`);
}

function nonFinite(x: number, sign: boolean): string | null {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return (x < 0 ? '-' : sign ? '+' : '') + 'inf';
  return null;
}

/** the checks both functions share, after their own range checks */
function common(p: Args, precision: number): { x: number; size: number; unique: boolean; trim: Trim; sign: boolean } {
  const trim = trimMode(p.trim);
  const unique = p.unique === undefined ? true : truthy(p.unique);
  if (!unique && precision < 0) throwPy('TypeError', 'in non-unique mode `precision` must be supplied');
  const [x, size] = floatValue(p.x);
  return { x, size, unique, trim, sign: p.sign !== undefined && truthy(p.sign) };
}

function checkMinDigits(minDigits: number, precision: number): void {
  if (minDigits > 0 && precision > 0 && minDigits > precision) throwPy('ValueError', 'min_digits must be less than or equal to precision');
}

const opt = (n: number) => (n < 0 ? undefined : n);

/** np.format_float_positional(x, precision, unique, fractional, trim, sign, pad_left, pad_right, min_digits) */
export function formatFloatPositional(p: Args): string {
  const precision = nonNegative(p, 'precision');
  const padLeft = nonNegative(p, 'pad_left'), padRight = nonNegative(p, 'pad_right'), minDigits = nonNegative(p, 'min_digits');
  const fractional = p.fractional === undefined ? true : truthy(p.fractional);
  if (!fractional && precision === 0) throwPy('ValueError', 'precision must be greater than 0 if fractional=False');
  checkMinDigits(minDigits, precision);
  const c = common(p, precision);
  return nonFinite(c.x, c.sign) ?? formatPositional(c.x, c.size, {
    precision, unique: c.unique, fractional, trim: c.trim, sign: c.sign, padLeft: opt(padLeft), padRight: opt(padRight), minDigits: opt(minDigits),
  });
}

/** np.format_float_scientific(x, precision, unique, trim, sign, pad_left, exp_digits, min_digits) */
export function formatFloatScientific(p: Args): string {
  const precision = nonNegative(p, 'precision');
  const padLeft = nonNegative(p, 'pad_left'), expDigits = nonNegative(p, 'exp_digits'), minDigits = nonNegative(p, 'min_digits');
  checkMinDigits(minDigits, precision);
  const c = common(p, precision);
  return nonFinite(c.x, c.sign) ?? formatScientific(c.x, c.size, {
    precision, unique: c.unique, trim: c.trim, sign: c.sign, padLeft: opt(padLeft), expDigits: opt(expDigits), minDigits: opt(minDigits),
  });
}
