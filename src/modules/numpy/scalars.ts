/**
 * NumPy scalars (np.float64(1.5), np.int8(-1), np.True_ …) and the conversions between Python values,
 * NumPy scalars and element values in a dtype's domain (runtime/elements.ts).
 *
 * A scalar is an `NPScalar`: its dtype and its value in that dtype's domain. Python ints that do not fit
 * an integer dtype raise NumPy's OverflowError ("Python integer 256 out of bounds for uint8") where NumPy
 * does — when building arrays and in arithmetic with weak Python scalars. Elements of fixed-width text
 * dtypes come back as plain Python values: str for 'U', bytes for 'S' (whose domain value is a string of
 * char codes 0–255, one per byte).
 */
import { DType } from '../../../runtime/dtype';
import * as D from '../../../runtime/dtype';
import { Complex, wrapInt, converter, castFlags } from '../../../runtime/elements';
import { roundHalf } from '../../../runtime/half';
import { NAT, parseDatetime, convertDatetime, formatDatetime, formatTimedelta, datetimeRepr, timedeltaRepr, unitOf } from '../../../runtime/datetime';
import { scalarFloatStr } from '../../../runtime/format/dragon4';
import { PyType, typeOf } from '../../objects/pytype';
import { PyFloat, PyComplex, PyBytes, float } from '../../objects/values';
import { format as pyFormat } from '../../objects/formatting';
import { throwPy } from '../../objects/errors';
import { norm } from '../../objects/arith';
import { toFloat, toInt } from '../../objects/types/number';
import { truthy } from '../../objects/protocols';
import { callSpecial } from '../../objects/attrs';
import { str as pyStr, repr as pyRepr } from '../../objects/repr';
import { scalarTypeOf } from './dtypes';
import { strScalar, bytesScalar } from './textScalars';
import { legacyScalarRepr, legacyLevel } from './printOptions';
import { recordFromPy, recordToPy } from './structured';
import { latin1, fromLatin1 } from '../../objects/types/bytes';
import { timeToPy, pyTimeValue } from './datetimePy';

export class NPScalar {
  readonly cls: PyType;
  constructor(
    readonly dt: DType,
    readonly v: any,
  ) {
    this.cls = scalarTypeOf(dt);
  }
  /** the equal Python value, which dict keys hash and compare as (np.int64(1) and 1 are one key) */
  pyKey(): any {
    return domainToPy(this.dt, this.v);
  }
}

/** Python bool/int/float/complex (not NumPy scalars): the kinds NEP 50 treats as weak. */
export function weakKind(v: any): D.WeakKind | null {
  switch (typeof v) {
    case 'boolean':
      return 'bool';
    case 'number':
      return Number.isInteger(v) ? 'int' : 'float';
    case 'bigint':
      return 'int';
    case 'object':
      if (v instanceof PyFloat) return 'float';
      if (v instanceof PyComplex) return 'complex';
  }
  return null;
}

/** A Python element value → the domain value of `dt`; ints out of range raise OverflowError. */
export function pyToDomain(v: any, dt: DType, checkRange = true): any {
  if (dt.kind === 'O') return v;
  if (v instanceof NPScalar) return castScalar(v, dt);
  if (dt.kind === 'U') return [...(typeof v === 'string' ? v : v instanceof PyBytes ? asciiText(latin1(v.data), dt) : pyStr(v))].slice(0, dt.chars).join('');
  if (dt.kind === 'S') return (v instanceof PyBytes ? latin1(v.data) : asciiText(typeof v === 'string' ? v : pyStr(v), dt)).slice(0, dt.chars);
  if (dt.kind === 'V') return recordFromPy(v, dt, (x, d) => pyToDomain(x, d, checkRange));
  if (dt.timeUnit !== null && (typeof v === 'string' || v === null)) {
    // a generic-unit datetime holds NaT only (its strings implied no unit)
    if (dt.kind === 'M' && dt.timeUnit === '' && v !== null && !isNaTText(v)) throwPy('ValueError', 'Cannot create a NumPy datetime other than NaT with generic units');
    return parseTime(v ?? 'NaT', dt);
  }
  const t = dt.timeUnit !== null ? pyTimeValue(v) : null;
  if (t !== null) return converter(D.timeType(t.kind, t.unit), dt.native)(t.v);
  if (typeof v === 'string') return parseStr(v, dt);
  // None is a missing value to inexact dtypes: np.array([1, None], dtype=float) -> [1., nan]
  if (v === null && dt.domain === 'float') return NaN;
  if (v === null && dt.domain === 'complex') return new Complex(NaN, NaN);
  const k = weakKind(v);
  if (dt.kind === 'M' && dt.timeUnit === '' && k === 'int') throwPy('ValueError', 'Converting an integer to a NumPy datetime requires a specified unit');
  switch (dt.domain) {
    case 'bool':
      if (v instanceof PyComplex) return v.re !== 0 || v.im !== 0 ? 1 : 0;
      if (v instanceof PyFloat) return v.v !== 0 ? 1 : 0;
      // any other object casts by its truth value (a Fraction, a user class with __bool__/__len__)
      if (k === null) return truthy(v) ? 1 : 0;
      return v === true || (typeof v === 'number' && v !== 0) || (typeof v === 'bigint' && v !== 0n) ? 1 : 0;
    case 'int':
    case 'bigint': {
      if (k === 'int' || k === 'bool') {
        const b = typeof v === 'boolean' ? (v ? 1n : 0n) : BigInt(v);
        if (checkRange) {
          const [lo, hi] = D.intRange(dt);
          // NumPy reads the int as a C long first (uint64 also takes an unsigned long long)
          if (b < -(1n << 63n) || b >= 1n << (dt.name === 'uint64' ? 64n : 63n)) throwPy('OverflowError', 'Python int too large to convert to C long');
          if (b < lo || b > hi) throwPy('OverflowError', `Python integer ${b} out of bounds for ${dt.name}`);
        }
        return wrapInt(dt, b);
      }
      if (k === 'float') {
        const f = v instanceof PyFloat ? v.v : v;
        if (!Number.isFinite(f)) {
          if (Number.isNaN(f)) throwPy('ValueError', 'cannot convert float NaN to integer');
          throwPy('OverflowError', 'cannot convert float infinity to integer');
        }
        return wrapInt(dt, BigInt(Math.trunc(f)));
      }
      if (k === 'complex') throwPy('TypeError', `int() argument must be a string, a bytes-like object or a real number, not 'complex'`);
      break;
    }
    case 'float': {
      const f = k === 'float' ? (v instanceof PyFloat ? v.v : v) : k === 'int' ? Number(v) : k === 'bool' ? (v ? 1 : 0) : undefined;
      if (f !== undefined) return floatWidth(f, dt.itemsize);
      if (k === 'complex') throwPy('TypeError', `float() argument must be a string or a real number, not 'complex'`);
      break;
    }
    case 'complex': {
      const r = (x: number) => floatWidth(x, dt.itemsize / 2);
      if (v instanceof PyComplex) return new Complex(r(v.re), r(v.im));
      const f = k === 'float' ? (v instanceof PyFloat ? v.v : v) : k === 'int' ? Number(v) : k === 'bool' ? (v ? 1 : 0) : undefined;
      if (f !== undefined) return new Complex(r(f), 0);
      break;
    }
  }
  const viaProtocol = dt.timeUnit === null && k === null ? numberProtocolValue(v, dt) : undefined;
  if (viaProtocol !== undefined) return pyToDomain(viaProtocol, dt, checkRange);
  const tp = typeOf(v).tpName;
  if (dt.domain === 'float') throwPy('TypeError', `float() argument must be a string or a real number, not '${tp}'`);
  if (dt.domain === 'complex') throwPy('TypeError', `must be real number, not ${tp}`);
  return throwPy('TypeError', `int() argument must be a string, a bytes-like object or a real number, not '${tp}'`);
}

/**
 * x rounded to the float type of `itemsize` bytes; a finite x too large for it sets castFlags.over
 * (reportingCast in castWarnings.ts reports NumPy's "overflow encountered in cast")
 */
function floatWidth(x: number, itemsize: number): number {
  if (itemsize === 8) return x;
  const r = itemsize === 4 ? Math.fround(x) : roundHalf(x);
  if (r - r !== 0 && x - x === 0) castFlags.over = true;
  return r;
}

/**
 * The Python number an object without a builtin number type stands for, read through its number protocol
 * as NumPy's casts do (PyNumber_Float / PyNumber_Long / complex()): a Fraction or Decimal, or a class
 * defining __float__, __int__, __index__ or __complex__. undefined when the object has none of them.
 */
function numberProtocolValue(v: any, dt: DType): any {
  const t = typeOf(v);
  const has = (name: string) => t.lookup(name) != null;
  if (dt.domain === 'complex' && has('__complex__')) return callSpecial(t.lookup('__complex__'), v);
  if (dt.domain === 'float' || dt.domain === 'complex') return has('__float__') || has('__index__') ? float(toFloat(v)) : undefined;
  return has('__int__') || has('__index__') || has('__trunc__') ? toInt(v) : undefined;
}

/** A string element parsed as Python's int()/float() would, into dtype dt's domain ('S' elements name bytes in errors). */
export function parseStr(s: string, dt: DType, from?: DType): any {
  if (dt.timeUnit !== null) return parseTime(s, dt);
  const t = s.trim().toLowerCase().replace(/_/g, '');
  const shown = () => pyRepr(from?.kind === 'S' ? bytesOf(s) : s);
  // a cast from a str array names the element by its scalar repr, np.str_('x')
  const shownStr = () => (from?.kind === 'U' ? `np.str_(${shown()})` : shown());
  if (dt.kind === 'b') return s.length ? 1 : 0;
  if (dt.kind === 'i' || dt.kind === 'u') {
    if (!/^[-+]?\d+$/.test(t)) throwPy('ValueError', `invalid literal for int() with base 10: ${shownStr()}`);
    return pyToDomain(BigInt(t), dt);
  }
  if (dt.kind === 'c') return pyToDomain(parseComplexText(s), dt);
  const f = t === 'nan' || t === '+nan' || t === '-nan' ? NaN : t === 'inf' || t === '+inf' || t === 'infinity' ? Infinity : t === '-inf' || t === '-infinity' ? -Infinity : Number(t);
  // NumPy names a bytes element by its scalar repr here, np.bytes_(b'x')
  if (Number.isNaN(f) && !t.endsWith('nan') || t === '') throwPy('ValueError', `could not convert string to float: ${from?.kind === 'S' ? `np.bytes_(${shown()})` : shownStr()}`);
  return pyToDomain(float(f), dt);
}

/** A real number as Python's float() reads one (inf, nan, exponents), or NaN when it is not one. */
function realText(t: string): number {
  const u = t.replace(/^[+-]/, '');
  const sign = t.startsWith('-') ? -1 : 1;
  if (u === 'inf' || u === 'infinity') return sign * Infinity;
  if (u === 'nan') return NaN;
  return /^(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/.test(u) ? sign * Number(u) : NaN;
}

/** A string as Python's complex() reads it ('1+2j', '(1-2j)', '2j', '-j', '3'). */
function parseComplexText(s: string): PyComplex {
  let t = s.trim().toLowerCase();
  if (t.startsWith('(') && t.endsWith(')')) t = t.slice(1, -1);
  const bad = (): never => throwPy('ValueError', 'complex() arg is a malformed string');
  const num = (x: string): number => {
    const v = realText(x);
    if (Number.isNaN(v) && !/^[+-]?nan$/.test(x)) bad();
    return v;
  };
  if (!t.endsWith('j')) return new PyComplex(num(t), 0);
  const body = t.slice(0, -1);
  // the imaginary part starts at the last sign that is not the first character nor an exponent's
  let cut = -1;
  for (let i = body.length - 1; i > 0; i--) {
    if ((body[i] === '+' || body[i] === '-') && body[i - 1] !== 'e') {
      cut = i;
      break;
    }
  }
  const imagText = cut < 0 ? body : body.slice(cut);
  const im = imagText === '' || imagText === '+' ? 1 : imagText === '-' ? -1 : num(imagText);
  return new PyComplex(cut < 0 ? 0 : num(body.slice(0, cut)), im);
}

function isNaTText(s: string): boolean {
  const t = s.trim();
  return t === '' || t.toUpperCase() === 'NAT';
}

/** A string element as a datetime64 (ISO 8601, in the dtype's unit) or timedelta64 (a count, or NaT). */
function parseTime(s: string, dt: DType): bigint {
  if (dt.kind === 'M') {
    const [v, u] = parseDatetime(s);
    return convertDatetime(v, u, unitOf(dt));
  }
  if (isNaTText(s)) return NAT;
  const t = s.trim();
  if (!/^[-+]?\d+$/.test(t)) throwPy('ValueError', `Could not convert object to NumPy timedelta`);
  return BigInt(t);
}

/** an 'S' domain value as Python bytes */
export function bytesOf(s: string): PyBytes {
  return new PyBytes(fromLatin1(s));
}

/** Text moving between 'S' and 'U' through the ASCII codec, as NumPy casts do: `to` is the target kind. */
export function asciiText(s: string, to: DType): string {
  let i = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c > 127) {
      if (to.kind === 'U') throwPy('UnicodeDecodeError', `'ascii' codec can't decode byte 0x${c.toString(16)} in position ${i}: ordinal not in range(128)`);
      // CPython's codec message escapes the character: '\xe9', '\u20ac', '\U0001f600'
      const esc = c < 256 ? `\\x${c.toString(16).padStart(2, '0')}` : c < 65536 ? `\\u${c.toString(16).padStart(4, '0')}` : `\\U${c.toString(16).padStart(8, '0')}`;
      throwPy('UnicodeEncodeError', `'ascii' codec can't encode character '${esc}' in position ${i}: ordinal not in range(128)`);
    }
    i++;
  }
  return s;
}

/** A NumPy scalar's value converted to another dtype (unsafe cast). */
export function castScalar(s: NPScalar, dt: DType): any {
  if (s.dt.native === dt.native) return s.v;
  return converter(s.dt.native, dt.native)(s.v);
}

/** The Python value of a domain value (what `.item()` and `.tolist()` give). */
export function domainToPy(dt: DType, v: any): any {
  if (dt.timeUnit !== null) return timeToPy(dt, v);
  switch (dt.domain) {
    case 'bool':
      return v !== 0;
    case 'int':
      return v;
    case 'bigint':
      return norm(v);
    case 'float':
      return float(v);
    case 'complex':
      return new PyComplex(v.re, v.im);
    case 'str':
      return dt.kind === 'S' ? bytesOf(v) : v;
    case 'record':
      return recordToPy(v, dt, domainToPy);
    case 'object':
      return v;
  }
}

/** The NumPy scalar for a domain value (fixed-width text comes back as Python str or bytes). */
export function scalar(dt: DType, v: any): NPScalar {
  if (dt.kind === 'U') return strScalar(v);
  if (dt.kind === 'O') return v;
  if (dt.kind === 'S') return bytesScalar(bytesOf(v));
  // np.True_ and np.False_ are the only two bool scalars, as in NumPy (`(x > 0) is np.True_`)
  if (dt.kind === 'b') return v ? (TRUE ??= new NPScalar(D.bool, 1)) : (FALSE ??= new NPScalar(D.bool, 0));
  return new NPScalar(dt.native, v);
}
let TRUE: NPScalar | undefined, FALSE: NPScalar | undefined;

function complexPart(x: number, size: number): string {
  const s = scalarFloatStr(x, size, legacyLevel() <= 202);
  return s.endsWith('.0') ? s.slice(0, -2) : s;
}

/**
 * A float or complex scalar under legacy '1.13': printf's %g with 12 (str) or 17 (repr) significant
 * digits for float64-based types, 6 or 8 for the smaller ones, '.0' added to a bare integer (complex
 * parts excepted), as NumPy 1.13 printed them. null for other kinds and modes.
 */
function legacy113Text(s: NPScalar, repr: boolean): string | null {
  if ((s.dt.kind !== 'f' && s.dt.kind !== 'c') || legacyLevel() > 113) return null;
  const wide = s.dt.realType.itemsize === 8;
  const spec = `.${wide ? (repr ? 17 : 12) : repr ? 8 : 6}g`;
  const part = (x: number) => pyFormat(float(x), spec);
  if (s.dt.kind === 'f') {
    const t = part(s.v);
    return /[.eni]/.test(t) ? t : t + '.0';
  }
  const { re, im } = s.v;
  if (re === 0 && !Object.is(re, -0)) return part(im) + 'j';
  const sign = im < 0 || Object.is(im, -0) ? '-' : '+';
  return `(${part(re)}${sign}${part(Math.abs(im))}j)`;
}

/** str() of a scalar (NumPy 2). */
export function scalarStr(s: NPScalar): string {
  const old = legacy113Text(s, false);
  if (old !== null) return old;
  const v = s.v;
  if (s.dt.kind === 'M') return formatDatetime(v, unitOf(s.dt));
  if (s.dt.kind === 'm') return formatTimedelta(v, unitOf(s.dt));
  switch (s.dt.domain) {
    case 'bool':
      return v ? 'True' : 'False';
    case 'int':
    case 'bigint':
      return String(v);
    case 'float':
      return scalarFloatStr(v, s.dt.itemsize, legacyLevel() <= 202);
    case 'str':
    case 'record':
    case 'object':
      return String(v);
    case 'complex': {
      const size = s.dt.itemsize / 2;
      const re = v.re, im = v.im;
      const imStr = complexPart(im, size) + 'j';
      if (re === 0 && !Object.is(re, -0)) return imStr;
      const sign = im < 0 || Object.is(im, -0) ? '-' : '+';
      return `(${complexPart(re, size)}${sign}${complexPart(Math.abs(im), size)}j)`;
    }
  }
}

/**
 * repr() of a scalar: `np.float64(1.5)`, `np.True_`, or up to legacy '1.25' the bare value (a datetime's
 * repr naming `numpy.`).
 */
export function scalarRepr(s: NPScalar): string {
  const legacy = legacyScalarRepr();
  const module = (r: string) => (legacy ? 'numpy' + r.slice(2) : r);
  if (s.dt.kind === 'M') return module(datetimeRepr(s.v, unitOf(s.dt)));
  if (s.dt.kind === 'm') return module(timedeltaRepr(s.v, unitOf(s.dt)));
  if (s.dt.kind === 'b') return legacy ? scalarStr(s) : s.v ? 'np.True_' : 'np.False_';
  const old = legacy113Text(s, true);
  if (old !== null) return old;
  let body = scalarStr(s);
  if (legacy) return body;
  if (s.dt.kind === 'c' && body.startsWith('(')) body = body.slice(1, -1);
  if (s.dt.kind === 'f' && !Number.isFinite(s.v)) body = Number.isNaN(s.v) ? 'nan' : s.v > 0 ? 'inf' : '-inf';
  return `np.${s.dt.name}(${body})`;
}
