/**
 * The Python side of NumPy printing: `repr`/`str` of arrays (NumPy's _array_repr_implementation: the
 * `array(` prefix, `dtype=`/`shape=` extras when the text does not imply them, wrapping the extras onto a
 * new line past the line width), `np.array2string`, `np.array_repr`, `np.array_str`, the print-option
 * functions and `np.format_float_positional`/`np.format_float_scientific`.
 */
import { NDArray } from '../../../runtime/ndarray';
import { DType } from '../../../runtime/dtype';
import * as D from '../../../runtime/dtype';
import { array2string as a2s, formatFunction, ArrayPrintOptions } from '../../../runtime/format/arrayprint';
import { PyType, builtinType, ObjectType, typeOf } from '../../objects/pytype';
import { PyFloat, tuple, PyTuple, isFloat, PyBytes } from '../../objects/values';
import { PyDict } from '../../objects/hashtable';
import { throwPy } from '../../objects/errors';
import { call, Kw, builtin, PyBuiltin } from '../../objects/function';
import { defineMethods } from '../../objects/types/define';
import { truthy, index as pyIndex } from '../../objects/protocols';
import { str as pyStr, repr as pyRepr } from '../../objects/repr';
import { printOptions, PrintOptions, legacyLevel, defaultPrintOptions } from './printOptions';
import { NPScalar, scalar, bytesOf } from './scalars';
import { asArray, itemToPy } from './coerce';
import { kwArgs } from './ufuncs';
import { kwNamed } from './kwArgs';
import { shapeRepr } from './alloc';
import { structuredStr, NPVoid } from './structured';
import { warnFrom } from '../warnings';
import { formatFloatPositional, formatFloatScientific, floatValue } from './formatFloat';

function runtimeOptions(o: PrintOptions): ArrayPrintOptions {
  return {
    precision: o.precision, threshold: Number(o.threshold), edgeitems: o.edgeitems, linewidth: o.linewidth,
    suppress: o.suppress, nanstr: o.nanstr, infstr: o.infstr, sign: o.sign, floatmode: o.floatmode,
    legacy: legacyLevel(o),
    formatter: wrapFormatter(o.formatter),
    reprs: { str: (v: string) => pyRepr(v), bytes: (v: string) => pyRepr(bytesOf(v)), object: objectRepr },
  };
}

/** NumPy's _object_format: an element's repr, a list's as `list([...])` (so it does not read as a dimension) */
function objectRepr(v: any): string {
  return Array.isArray(v) ? `list(${pyRepr(v)})` : pyRepr(v);
}

function wrapFormatter(f: any): ArrayPrintOptions['formatter'] {
  if (!(f instanceof PyDict)) return null;
  const out: Record<string, (v: any, dt: DType) => string> = {};
  // the runtime passes domain values with their dtype; Python formatters receive NumPy scalars
  // (a key set to None counts as not given)
  for (const { k, v: fn } of f.entries()) if (fn !== null) out[String(k)] = (v: any, dt: DType) => pyStr(call(fn, [scalar(dt, v)]));
  return out;
}

function implied(dt: DType): boolean {
  if (!dt.isNative) return false;
  if (dt === D.bool && legacyLevel() <= 113) return false;
  return dt === D.float64 || dt === D.int64 || dt === D.complex128 || dt === D.bool;
}

export function dtypeShortRepr(dt: DType): string {
  if (dt.kind === 'V' && dt.fields) return structuredStr(dt.isRecord ? D.structured(dt.fields, dt.itemsize, dt.aligned) : dt);
  if (!dt.isNative || dt.isText || dt.kind === 'V') return `'${dt.str}'`;
  // a time unit makes the name no identifier ('timedelta64[ms]' is quoted; the generic 'timedelta64' is not)
  return dt.timeUnit ? `'${dt.name}'` : dt.name;
}

function withOptions<T>(over: Partial<PrintOptions>, f: (o: PrintOptions) => T): T {
  const o = { ...printOptions, ...over };
  return f(o);
}

export function array2string(a: NDArray, o: PrintOptions, separator = ' ', prefix = '', suffix = ''): string {
  return a2s(a, runtimeOptions(o), separator, prefix, suffix);
}

/** The text of a record scalar (NumPy's _void_scalar_to_string): its fields as a 0-d array shows them, floats by str(). */
export function recordScalarText(a: NDArray): string {
  const v = a.get([]);
  return formatFunction(a.dtype, [v], runtimeOptions(printOptions), true, legacyLevel() > 125)(v);
}

export function arrayRepr(a: NDArray, over: Partial<PrintOptions> = {}): string {
  return withOptions(over, (o) => {
    if (o.override_repr !== null) return pyStr(call(o.override_repr, [a]));
    const cls = (a as any).cls;
    const className = cls && cls.name === 'recarray' ? 'rec.array' : cls && cls.name !== 'ndarray' ? cls.name : 'array';
    const prefix = className + '(';
    if (className === 'rec.array') return recarrayRepr(a, o);
    let lst: string;
    const item = legacyItem(a, o);
    if (item !== undefined) lst = pyRepr(item);
    else lst = array2string(a, o, ', ', prefix, ')');
    const extras: string[] = [];
    if ((a.size === 0 && !(a.ndim === 1 && a.shape[0] === 0)) || (legacyLevel(o) > 210 && a.size > Number(o.threshold))) extras.push(`shape=${shapeRepr(a.shape)}`);
    if (!implied(a.dtype) || a.size === 0) extras.push(`dtype=${dtypeShortRepr(a.dtype)}`);
    if (!extras.length) return prefix + lst + ')';
    const arrStr = prefix + lst + ',';
    const extraStr = extras.join(', ') + ')';
    const lastLine = arrStr.length - (arrStr.lastIndexOf('\n') + 1);
    // legacy '1.13' put the dtype of every flexible (str, bytes, void) array on a line of its own
    const wrap = legacyLevel(o) <= 113 ? 'SUV'.includes(a.dtype.kind) : lastLine + extraStr.length + 1 > o.linewidth;
    const spacer = wrap ? '\n' + ' '.repeat(prefix.length) : ' ';
    return arrStr + spacer + extraStr;
  });
}

/** recarray.__repr__: the dtype always goes on its own line, aligned under the data, and the
 *  zero-size case shows `[], shape=…` (numpy/_core/records.py). */
function recarrayRepr(a: NDArray, o: PrintOptions): string {
  const prefix = 'rec.array(';
  const lst = a.size > 0 || (a.ndim === 1 && a.shape[0] === 0) ? array2string(a, o, ', ', prefix, ',') : `[], shape=${shapeRepr(a.shape)}`;
  const lf = (legacyLevel(o) <= 113 ? ' ' : '') + '\n' + ' '.repeat(prefix.length);
  return `rec.array(${lst},${lf}dtype=${dtypeStrForm(a.dtype)})`;
}

function dtypeStrForm(dt: DType): string {
  if (dt.kind === 'V' && dt.fields) return structuredStr(dt.isRecord ? D.structured(dt.fields, dt.itemsize, dt.aligned) : dt);
  return dt.str.startsWith('|') || dt.str.startsWith('<') || dt.str.startsWith('>') ? (dt.isNative && !dt.isText && dt.timeUnit === null ? dt.name : dt.str) : dt.name;
}

/** legacy '1.13' shows a 0-d array without fields as its item(), the Python value (undefined otherwise) */
function legacyItem(a: NDArray, o: PrintOptions): any {
  return legacyLevel(o) <= 113 && a.ndim === 0 && !a.dtype.fields ? itemToPy(a.dtype, a.get([])) : undefined;
}

function scalarItem(a: NDArray): NPScalar | NPVoid {
  // a record is a void scalar viewing the array (it prints as a tuple)
  return a.dtype.kind === 'V' ? new NPVoid(a) : scalar(a.dtype, a.get([]));
}

export function arrayStr(a: NDArray, over: Partial<PrintOptions> = {}): string {
  return withOptions(over, (o) => {
    // NumPy's _guarded_repr_or_str: a bytes item prints by repr, which is np.bytes_(b'...') since 2.0
    const item = legacyItem(a, o);
    if (item !== undefined) return pyStr(item);
    if (a.ndim === 0 && a.dtype.kind === 'S') return pyRepr(legacyLevel(o) <= 125 ? bytesOf(a.get([])) : scalarItem(a));
    if (a.ndim === 0) return pyStr(scalarItem(a));
    return array2string(a, o, ' ', '');
  });
}

function isIndexLike(v: any): boolean {
  try {
    pyIndex(v);
    return true;
  } catch {
    return false;
  }
}

/** Print-option overrides from keyword arguments (set_printoptions, array2string, printoptions). */
function parseOptions(p: Record<string, any>): Partial<PrintOptions> {
  const o: Partial<PrintOptions> = {};
  const num = (v: any) => (v === undefined || v === null ? undefined : pyIndex(v));
  if (p.precision !== undefined && p.precision !== null) {
    if (!isIndexLike(p.precision)) throwPy('TypeError', 'precision must be an integer');
    o.precision = num(p.precision);
  }
  if (p.threshold !== undefined && p.threshold !== null) {
    // any real number (float('inf') prints everything), kept as given
    const t = typeof p.threshold === 'bigint' ? p.threshold : isIndexLike(p.threshold) ? Number(num(p.threshold)) : isFloat(p.threshold) ? floatValue(p.threshold)[0] : p.threshold instanceof NPScalar && p.threshold.dt.kind === 'f' ? Number(p.threshold.v) : null;
    if (t === null) throwPy('TypeError', 'threshold must be numeric');
    // NumPy checks np.isnan(threshold): an int beyond int64/uint64 becomes an object array, which isnan rejects
    if (typeof t === 'bigint' && (t < -(2n ** 63n) || t >= 2n ** 64n)) {
      throwPy('TypeError', "ufunc 'isnan' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''");
    }
    if (typeof t === 'number' && Number.isNaN(t)) throwPy('ValueError', 'threshold must be non-NAN, try sys.maxsize for untruncated representation');
    o.threshold = t!;
  }
  if (p.edgeitems !== undefined && p.edgeitems !== null) o.edgeitems = num(p.edgeitems);
  const lw = p.linewidth ?? p.max_line_width;
  // a float is kept as given (np.inf never wraps)
  if (lw !== undefined && lw !== null) o.linewidth = isFloat(lw) ? floatValue(lw)[0] : num(lw);
  const sup = p.suppress ?? p.suppress_small;
  if (sup !== undefined && sup !== null) o.suppress = truthy(sup);
  if (p.nanstr !== undefined && p.nanstr !== null) o.nanstr = String(p.nanstr);
  if (p.infstr !== undefined && p.infstr !== null) o.infstr = String(p.infstr);
  if (p.sign !== undefined && p.sign !== null) {
    if (!['-', '+', ' '].includes(p.sign)) throwPy('ValueError', "sign option must be one of ' ', '+', or '-'");
    o.sign = p.sign;
  }
  if (p.floatmode !== undefined && p.floatmode !== null) {
    if (!['fixed', 'unique', 'maxprec', 'maxprec_equal'].includes(p.floatmode)) {
      throwPy('ValueError', 'floatmode option must be one of "fixed", "unique", "maxprec", "maxprec_equal"');
    }
    o.floatmode = p.floatmode;
  }
  if (p.formatter !== undefined) o.formatter = p.formatter;
  if (p.legacy !== undefined && p.legacy !== null) {
    if (p.legacy === false) o.legacy = false;
    else if (typeof p.legacy === 'string' && ['1.13', '1.21', '1.25', '2.1', '2.2'].includes(p.legacy)) o.legacy = p.legacy;
    // NumPy only warns, and the option keeps its value
    else warnFrom('UserWarning', "legacy printing option can currently only be '1.13', '1.21', '1.25', '2.1', '2.2' or `False`");
  }
  if (p.override_repr !== undefined) o.override_repr = p.override_repr;
  return o;
}

const OPTION_NAMES = ['precision', 'threshold', 'edgeitems', 'linewidth', 'suppress', 'nanstr', 'infstr', 'formatter', 'sign', 'floatmode', 'legacy', 'override_repr'];

function getPrintOptions(): PyDict {
  const d = new PyDict();
  const o = printOptions;
  d.set('edgeitems', o.edgeitems);
  d.set('threshold', typeof o.threshold === 'bigint' || Number.isInteger(o.threshold) ? o.threshold : new PyFloat(o.threshold));
  d.set('floatmode', o.floatmode);
  d.set('precision', o.precision);
  d.set('suppress', o.suppress);
  d.set('linewidth', o.linewidth);
  d.set('nanstr', o.nanstr);
  d.set('infstr', o.infstr);
  d.set('sign', o.sign);
  d.set('formatter', o.formatter);
  d.set('legacy', o.legacy);
  d.set('override_repr', o.override_repr);
  return d;
}

function setPrintOptions(args: any[], kw: Kw): null {
  const p = kwArgs(args, kw, OPTION_NAMES);
  const o = parseOptions(p);
  // formatter and override_repr are always set (back to None when not given)
  if (p.formatter === undefined) o.formatter = null;
  if (p.override_repr === undefined) o.override_repr = null;
  Object.assign(printOptions, o);
  return null;
}

export const PrintOptionsCtxType = builtinType('printoptions', ObjectType, 'numpy');
class PrintOptionsCtx {
  declare cls: PyType;
  saved: PrintOptions | null = null;
  constructor(readonly over: Partial<PrintOptions>) {}
}
PrintOptionsCtx.prototype.cls = PrintOptionsCtxType;

/** array2string's separator: a str, which NumPy strips with rstrip() and adds to strings */
function separatorArg(v: any): string {
  if (v === undefined) return ' ';
  if (typeof v === 'string') return v;
  if (v instanceof PyBytes) throwPy('TypeError', 'can only concatenate str (not "bytes") to str');
  return throwPy('AttributeError', `'${typeOf(v).tpName}' object has no attribute 'rstrip'`);
}

/** array2string's prefix / suffix: a str, whose len() NumPy takes */
function textArg(v: any): string {
  if (v === undefined) return '';
  if (typeof v === 'string') return v;
  return throwPy('TypeError', `object of type '${typeOf(v).tpName}' has no len()`);
}

export function printingFunctions(): Record<string, PyBuiltin> {
  defineMethods(PrintOptionsCtxType, {
    __enter__: (c: PrintOptionsCtx) => {
      c.saved = { ...printOptions };
      Object.assign(printOptions, c.over);
      return getPrintOptions();
    },
    __exit__: (c: PrintOptionsCtx) => {
      if (c.saved) Object.assign(printOptions, c.saved);
      return false;
    },
  });
  // NumPy's printing functions are Python functions: an unexpected keyword is worded as CPython words it
  const named = (name: string, f: (args: any[], kw: Kw) => any) => builtin(name, kwNamed(name, f));
  return {
    set_printoptions: named('set_printoptions', setPrintOptions),
    get_printoptions: named('get_printoptions', () => getPrintOptions()),
    printoptions: named('printoptions', (args, kw) => new PrintOptionsCtx(parseOptions(kwArgs(args, kw, OPTION_NAMES)))),
    array2string: named('array2string', (args, kw) => {
      // (NumPy 2 has no `style`)
      const p = kwArgs(args, kw, ['a', 'max_line_width', 'precision', 'suppress_small', 'separator', 'prefix', 'formatter', 'threshold', 'edgeitems', 'sign', 'floatmode', 'suffix', 'legacy']);
      const a = asArray(p.a);
      const o = { ...printOptions, ...parseOptions(p) };
      const item = legacyItem(a, o);
      if (item !== undefined) return pyRepr(item);
      return array2string(a, o, separatorArg(p.separator), textArg(p.prefix), textArg(p.suffix));
    }),
    array_repr: named('array_repr', (args, kw) => {
      const p = kwArgs(args, kw, ['arr', 'max_line_width', 'precision', 'suppress_small']);
      return arrayRepr(asArray(p.arr), parseOptions(p));
    }),
    array_str: named('array_str', (args, kw) => {
      const p = kwArgs(args, kw, ['a', 'max_line_width', 'precision', 'suppress_small']);
      return arrayStr(asArray(p.a), parseOptions(p));
    }),
    format_float_positional: named('format_float_positional', (args, kw) =>
      formatFloatPositional(kwArgs(args, kw, ['x', 'precision', 'unique', 'fractional', 'trim', 'sign', 'pad_left', 'pad_right', 'min_digits']))),
    format_float_scientific: named('format_float_scientific', (args, kw) =>
      formatFloatScientific(kwArgs(args, kw, ['x', 'precision', 'unique', 'trim', 'sign', 'pad_left', 'exp_digits', 'min_digits']))),
    binary_repr: builtin('binary_repr', (args, kw) => {
      const p = kwArgs(args, kw, ['num', 'width']);
      return binaryRepr(bigIntOf(p.num), p.width === undefined || p.width === null ? null : pyIndex(p.width));
    }),
    base_repr: builtin('base_repr', (args, kw) => {
      const p = kwArgs(args, kw, ['number', 'base', 'padding']);
      const base = p.base === undefined ? 2 : pyIndex(p.base);
      if (base > 36) throwPy('ValueError', 'Bases greater than 36 not handled in base_repr.');
      if (base < 2) throwPy('ValueError', 'Bases less than 2 not handled in base_repr.');
      const n = bigIntOf(p.number);
      const digits = (n < 0n ? -n : n).toString(base).toUpperCase();
      const padding = p.padding === undefined ? 0 : pyIndex(p.padding);
      return (n < 0n ? '-' : '') + '0'.repeat(Math.max(0, padding)) + digits;
    }),
  };
}

function bigIntOf(v: any): bigint {
  const x = v instanceof NPScalar ? v.v : v;
  return typeof x === 'bigint' ? x : BigInt(pyIndex(x));
}

/** np.binary_repr: plain binary, or two's complement in at least `width` digits for negatives */
function binaryRepr(n: bigint, width: number | null): string {
  if (n === 0n) return '0'.repeat(width ?? 1);
  const insufficient = (binwidth: number) => {
    if (width !== null && width < binwidth) throwPy('ValueError', `Insufficient bit width=${width} provided for binwidth=${binwidth}`);
  };
  if (n > 0n) {
    const bin = n.toString(2);
    insufficient(bin.length);
    return bin.padStart(width ?? 0, '0');
  }
  if (width === null) return '-' + (-n).toString(2);
  let posWidth = (-n).toString(2).length;
  if (2n ** BigInt(posWidth - 1) === -n) posWidth--;
  const bin = (2n ** BigInt(posWidth + 1) + n).toString(2);
  insufficient(bin.length);
  return '1'.repeat(Math.max(0, width - bin.length)) + bin;
}

export { defaultPrintOptions, tuple, PyTuple };
