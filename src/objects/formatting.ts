/**
 * `format(value, spec)`, `ascii()`, and `str % args`, connecting the pure formatting library
 * (formatSpec.ts, percentFormat.ts) to the object model: ints, bools, floats and strs format natively,
 * complex and user objects through `__format__`, and `%` gets its hooks (str/repr/int conversion) here.
 */
import { typeOf, StrType, ObjectType } from './pytype';
import { PyFloat, PyComplex, PyTuple, PyInstance, PyBytes, isFloat, floatValue } from './values';
import { PyDict } from './hashtable';
import { formatInt, formatFloat, formatStr, formatBool, formatComplex } from './formatSpec';
import { percentFormat, PercentHooks } from './percentFormat';
import { asciiReprStr } from './numParse';
import { repr, str, reprComplex } from './repr';
import { callSpecial } from './attrs';
import { throwPy } from './errors';
import { PyExc, excType } from './exceptions';
import { nativeBinary, asInt, setStrPercent } from './arith';
import { getItem } from './protocols';
import { NotImplemented } from './values';
import { PyBuiltin } from './function';
import { PyBoxed, unbox } from './subclass';

export function format(v: any, spec: string): string {
  switch (typeof v) {
    case 'string':
      return spec === '' ? v : formatStr(v, spec);
    case 'number':
      return Number.isInteger(v) ? formatInt(v, spec) : formatFloat(v, spec);
    case 'bigint':
      return formatInt(v, spec);
    case 'boolean':
      return formatBool(v, spec);
  }
  if (v instanceof PyFloat) return formatFloat(v.v, spec);
  const t = typeOf(v);
  const f = t.lookup('__format__');
  if (f instanceof PyBuiltin && f.nativeDunder) {
    // int/float/str.__format__ with an empty spec is str(self): a subclass's __str__/__repr__ shows
    if (v instanceof PyBoxed) return spec === '' ? str(v) : formatBoxed(v.value, spec, t.tpName);
  } else if (f !== undefined && f !== ObjectType.dict.__format__) {
    const r = callSpecial(f, v, spec);
    if (typeof r !== 'string') throwPy('TypeError', `__format__ must return a str, not ${typeOf(r).tpName}`);
    return r;
  }
  if (v instanceof PyComplex) return spec === '' ? reprComplex(v) : formatComplex(v.re, v.im, spec);
  if (spec !== '') throwPy('TypeError', `unsupported format string passed to ${t.tpName}.__format__`);
  return str(v);
}

/** a str/int/float subclass instance's value formatted by its base type; errors name the subclass (CPython) */
function formatBoxed(v: any, spec: string, typeName: string): string {
  if (typeof v === 'string') return formatStr(v, spec, typeName);
  if (typeof v === 'bigint' || (typeof v === 'number' && Number.isInteger(v))) return formatInt(v, spec, typeName);
  if (v instanceof PyFloat) return formatFloat(v.v, spec, typeName);
  if (typeof v === 'number') return formatFloat(v, spec, typeName);
  return format(v, spec);
}

export function ascii(v: any): string {
  if (typeof v === 'string') return asciiReprStr(v);
  const r = repr(v);
  let out = '';
  for (const ch of r) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out += ch;
    else if (cp < 0x100) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp < 0x10000) out += '\\u' + cp.toString(16).padStart(4, '0');
    else out += '\\U' + cp.toString(16).padStart(8, '0');
  }
  return out;
}

function toNumberHook(v: any, dunder: string): number | bigint | null {
  const i = asInt(v);
  if (i !== undefined) return i;
  if (typeof v === 'number') v = new PyFloat(v);
  if (v instanceof PyFloat) {
    if (!Number.isFinite(v.v)) throwPy(Number.isNaN(v.v) ? 'ValueError' : 'OverflowError', Number.isNaN(v.v) ? 'cannot convert float NaN to integer' : 'cannot convert float infinity to integer');
    const t = Math.trunc(v.v);
    return Number.isSafeInteger(t) ? t : BigInt(t);
  }
  const f = typeOf(v).lookup(dunder);
  if (f === undefined || f === null) return null;
  try {
    return asInt(callSpecial(f, v)) ?? null;
  } catch (e) {
    // a TypeError from the conversion reads as the wrong type for the format (CPython's mainformatlong)
    if (e instanceof PyExc && e.cls.isSubtypeOf(excType('TypeError'))) return null;
    throw e;
  }
}

/** The float value of a real number for %e/%f/%g (via __float__), or null when v is not one. */
export function realValue(v: any): number | null {
  if (v instanceof PyFloat) return v.v;
  if (typeof v === 'number') return v;
  const i = asInt(v);
  if (i !== undefined) return Number(i);
  const f = typeOf(v).lookup('__float__');
  if (f !== undefined && f !== null) {
    const r = callSpecial(f, v);
    return isFloat(r) ? floatValue(r) : null;
  }
  return null;
}

const hooks: PercentHooks = {
  str,
  repr,
  ascii,
  typeName: (v) => typeOf(v).tpName,
  asStr: (v) => (typeof v === 'string' ? v : null),
  exactInt: (v) => asInt(v) ?? null,
  // a str subclass instance is text, whatever number methods it has (np.str_ has np.generic's)
  toInt: (v) => (typeof unbox(v) === 'string' || unbox(v) instanceof PyBytes ? null : toNumberHook(v, '__int__')),
  toIndex: (v) => {
    const i = asInt(v);
    if (i !== undefined) return i;
    const f = typeOf(v).lookup('__index__');
    return f !== undefined && f !== null ? asInt(callSpecial(f, v)) ?? null : null;
  },
  toFloat: (v) => (typeof unbox(v) === 'string' || unbox(v) instanceof PyBytes ? null : realValue(v)),
} as PercentHooks;

/**
 * `fmt` split into literal text and bare %s/%d/%i/%r conversions (no flags, width, precision or mapping
 * keys), or null when it uses anything else. Cached: scripts format with a few constant strings.
 */
const simpleFormats = new Map<string, string[] | null>();
function simpleFormat(fmt: string): string[] | null {
  let parts = simpleFormats.get(fmt);
  if (parts !== undefined) return parts;
  parts = splitSimpleFormat(fmt);
  if (simpleFormats.size > 256) simpleFormats.clear();
  simpleFormats.set(fmt, parts);
  return parts;
}
/** simpleFormat's split, uncached: [text, conversion, text, ..., text] (also compile/percentFormat.ts) */
export function splitSimpleFormat(fmt: string): string[] | null {
  const parts: string[] = [];
  let lit = '';
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i];
    if (c !== '%') {
      lit += c;
      continue;
    }
    const k = fmt[++i];
    if (k === '%') lit += '%';
    else if (k === 's' || k === 'd' || k === 'i' || k === 'r') {
      parts.push(lit, k);
      lit = '';
    } else return null;
  }
  parts.push(lit);
  return parts;
}

/** str % args */
export function strMod(fmt: string, args: any): string {
  const parts = simpleFormat(fmt);
  if (parts !== null) {
    const n = (parts.length - 1) / 2;
    const items: any[] | null = args instanceof PyTuple ? args.items : n === 1 && !(args instanceof PyDict) ? [args] : null;
    if (items !== null && items.length === n) {
      let out = parts[0];
      let ok = true;
      for (let j = 0; j < n && ok; j++) {
        const v = items[j];
        const k = parts[2 * j + 1];
        if (k === 's') out += typeof v === 'string' ? v : str(v);
        else if (k === 'r') out += repr(v);
        else if (typeof v === 'number' && Number.isInteger(v)) out += String(v);
        else ok = false;
        out += parts[2 * j + 2];
      }
      if (ok) return out;
    }
  }
  let items: any[] | null;
  let mapping: ((k: string) => any) | null = null;
  if (args instanceof PyTuple) items = args.items;
  else if (args instanceof PyBoxed && args.value instanceof PyTuple) items = args.value.items; // a tuple subclass
  else {
    items = [args];
    const isMapping = args instanceof PyDict || Array.isArray(args) || (args instanceof PyInstance && typeOf(args).lookup('__getitem__') !== undefined && typeof args !== 'string');
    if (isMapping) mapping = (k: string) => getItem(args, k);
  }
  return percentFormat(fmt, items, mapping, hooks);
}

setStrPercent(strMod);
nativeBinary.set(StrType, (op, a, b, reflected) => {
  if (op === '%' && !reflected && typeof a === 'string') return strMod(a, b);
  return NotImplemented;
});
