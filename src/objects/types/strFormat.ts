/**
 * str.format and str.format_map: CPython 3.11's `unicode_format.h` algorithm re-derived step by step —
 * literal text with `{{`/`}}` escapes, replacement fields `{name.attr[key]!conv:spec}`, automatic and
 * manual numbering (never mixed), format specs that are themselves expanded (two levels at most), and
 * every error at the moment CPython raises it: fields are parsed and rendered left to right, so an error
 * in a later field is only seen once the earlier ones have been formatted.
 */
import { throwPy } from '../errors';
import { makeExc } from '../exceptions';
import { getAttr } from '../attrs';
import { getItem } from '../protocols';
import { repr, str } from '../repr';
import { format, ascii } from '../formatting';
import { decimalValue } from '../numParse';

interface Ctx {
  /** positional arguments, or null for format_map */
  args: any[] | null;
  /** keyword lookup; raises KeyError when absent */
  lookup: (key: string) => any;
  /** 0 = not decided, 1 = automatic, 2 = manual */
  numbering: 0 | 1 | 2;
  next: number;
}

/** str.format(*args, **kw) */
export function formatWithArgs(fmt: string, args: any[], kw: Map<string, any> | null): string {
  const ctx: Ctx = {
    args,
    lookup: (key) => {
      const v = kw?.get(key);
      if (v === undefined) throw makeExc('KeyError', key);
      return v;
    },
    numbering: 0,
    next: 0,
  };
  return build(fmt, ctx, 2);
}

/** str.format_map(mapping) */
export function formatWithMapping(fmt: string, mapping: any): string {
  const ctx: Ctx = { args: null, lookup: (key) => getItem(mapping, key), numbering: 0, next: 0 };
  return build(fmt, ctx, 2);
}

function build(fmt: string, ctx: Ctx, depth: number): string {
  if (depth <= 0) throwPy('ValueError', 'Max string recursion exceeded');
  let out = '';
  let pos = 0;
  const end = fmt.length;
  while (pos < end) {
    const start = pos;
    let c = '';
    let markup = false;
    while (pos < end) {
      c = fmt[pos++];
      if (c === '{' || c === '}') {
        markup = true;
        break;
      }
    }
    if (!markup) {
      out += fmt.slice(start, pos);
      break;
    }
    const atEnd = pos >= end;
    if (c === '}' && (atEnd || fmt[pos] !== '}')) throwPy('ValueError', "Single '}' encountered in format string");
    if (atEnd && c === '{') throwPy('ValueError', "Single '{' encountered in format string");
    if (fmt[pos] === c) {
      // an escaped brace: literal text up to and including one brace
      out += fmt.slice(start, pos);
      pos++;
      continue;
    }
    out += fmt.slice(start, pos - 1);
    const f = parseField(fmt, pos);
    pos = f.pos;
    out += render(f, ctx, depth);
  }
  return out;
}

interface Field {
  name: string;
  conversion: string;
  spec: string;
  expand: boolean;
  pos: number;
}

/** parse_field: the text after '{' up to the matching '}'. */
function parseField(s: string, pos: number): Field {
  const end = s.length;
  const nameStart = pos;
  let c = '';
  scan: while (pos < end) {
    c = s[pos++];
    switch (c) {
      case '{':
        throwPy('ValueError', "unexpected '{' in field name");
      case '[':
        while (pos < end && s[pos] !== ']') pos++;
        continue;
      case '}':
      case ':':
      case '!':
        break scan;
    }
  }
  if (c !== '!' && c !== ':') {
    if (c !== '}') throwPy('ValueError', "expected '}' before end of string");
    return { name: s.slice(nameStart, pos - 1), conversion: '', spec: '', expand: false, pos };
  }
  const name = s.slice(nameStart, pos - 1);
  let conversion = '';
  if (c === '!') {
    if (pos >= end) throwPy('ValueError', 'end of string while looking for conversion specifier');
    conversion = String.fromCodePoint(s.codePointAt(pos)!);
    pos += conversion.length;
    if (pos < end) {
      const d = s[pos++];
      if (d === '}') return { name, conversion, spec: '', expand: false, pos };
      if (d !== ':') throwPy('ValueError', "expected ':' after conversion specifier");
    }
  }
  const specStart = pos;
  let count = 1;
  let expand = false;
  while (pos < end) {
    const d = s[pos++];
    if (d === '{') {
      expand = true;
      count++;
    } else if (d === '}' && --count === 0) {
      return { name, conversion, spec: s.slice(specStart, pos - 1), expand, pos };
    }
  }
  return throwPy('ValueError', "unmatched '{' in format spec");
}

function render(f: Field, ctx: Ctx, depth: number): string {
  let obj = fieldObject(f.name, ctx);
  if (f.conversion) {
    switch (f.conversion) {
      case 'r': obj = repr(obj); break;
      case 's': obj = str(obj); break;
      case 'a': obj = ascii(obj); break;
      default: {
        const cp = f.conversion.codePointAt(0)!;
        const shown = cp > 32 && cp < 127 ? f.conversion : '\\x' + cp.toString(16);
        throwPy('ValueError', `Unknown conversion specifier ${shown}`);
      }
    }
  }
  const spec = f.expand ? build(f.spec, ctx, depth - 1) : f.spec;
  return format(obj, spec);
}

/** get_integer: the value of an all-decimal-digits string, or -1. */
function getInteger(s: string): number {
  if (s === '') return -1;
  let acc = 0;
  for (const ch of s) {
    const d = decimalValue(ch.codePointAt(0)!);
    if (d < 0) return -1;
    acc = acc * 10 + d;
    if (acc > Number.MAX_SAFE_INTEGER) throwPy('ValueError', 'Too many decimal digits in format string');
  }
  return acc;
}

function fieldObject(name: string, ctx: Ctx): any {
  let i = 0;
  while (i < name.length && name[i] !== '.' && name[i] !== '[') i++;
  const first = name.slice(0, i);
  let idx = getInteger(first);
  const empty = first === '';
  if (empty || idx !== -1) {
    if (ctx.numbering === 0) ctx.numbering = empty ? 1 : 2;
    if (ctx.numbering === 2 && empty)
      throwPy('ValueError', 'cannot switch from manual field specification to automatic field numbering');
    if (ctx.numbering === 1 && !empty)
      throwPy('ValueError', 'cannot switch from automatic field numbering to manual field specification');
    if (empty) idx = ctx.next++;
  }
  let obj: any;
  if (idx === -1) obj = ctx.lookup(first);
  else {
    if (ctx.args === null) throwPy('ValueError', 'Format string contains positional fields');
    if (idx >= ctx.args.length) throwPy('IndexError', `Replacement index ${idx} out of range for positional args tuple`);
    obj = ctx.args[idx];
  }
  while (i < name.length) {
    const c = name[i++];
    if (c === '.') {
      const s = i;
      while (i < name.length && name[i] !== '.' && name[i] !== '[') i++;
      const attr = name.slice(s, i);
      if (attr === '') throwPy('ValueError', 'Empty attribute in format string');
      obj = getAttr(obj, attr);
    } else if (c === '[') {
      const s = i;
      while (i < name.length && name[i] !== ']') i++;
      if (i >= name.length) throwPy('ValueError', "Missing ']' in format string");
      const key = name.slice(s, i++);
      if (key === '') throwPy('ValueError', 'Empty attribute in format string');
      const k = getInteger(key);
      obj = getItem(obj, k !== -1 ? k : key);
    } else {
      throwPy('ValueError', "Only '.' or '[' may follow ']' in format field specifier");
    }
  }
  return obj;
}
