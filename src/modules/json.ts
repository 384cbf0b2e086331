/**
 * `json`: CPython 3.11's encoder and decoder (the C accelerator's behaviour and messages).
 *
 * Encoding: dumps / dump with skipkeys, ensure_ascii (\uXXXX escapes, surrogate pairs), check_circular,
 * allow_nan, indent (int or str), separators, sort_keys, default, and cls (JSONEncoder and Python
 * subclasses overriding default / encode; the options live as instance attributes, as in CPython).
 * Decoding: loads / load with object_hook, object_pairs_hook, parse_float, parse_int, parse_constant,
 * strict, and JSONDecodeError (a ValueError: "Expecting value: line 1 column 1 (char 0)") whose
 * positions are code points. Large integers become Python ints (bigint).
 */
import { PyModule, PyTuple, PyBytes, PyFloat, isFloat, floatValue, float, tuple } from '../objects/values';
import { builtin, call, Kw } from '../objects/function';
import { throwPy } from '../objects/errors';
import { typeOf, builtinType, PyType, TypeType, IntType, FloatType, StrType, ObjectType, ListType, TupleType, DictType } from '../objects/pytype';
import { PyExc, excType } from '../objects/exceptions';
import { defineMethods } from '../objects/types/define';
import { repr } from '../objects/repr';
import { PyDict } from '../objects/hashtable';
import { truthy, ltB, index } from '../objects/protocols';
import { getAttr, callMethod, setAttr } from '../objects/attrs';
import { unbox } from '../objects/subclass';
import { realValue } from '../objects/formatting';
import { ArrayIter } from '../objects/iterators';

// ---- JSONDecodeError ----

const DecodeError = new PyType('JSONDecodeError', [excType('ValueError')], null, false, 'json.decoder');
DecodeError.cls = TypeType;
DecodeError.solid = excType('ValueError').solid;
DecodeError.newInstance = (cls) => new PyExc(cls);
DecodeError.qualname = 'JSONDecodeError';

function cpLen(s: string, u: number): number {
  let n = 0;
  for (let i = 0; i < u; i++) {
    const c = s.charCodeAt(i);
    if (!(c >= 0xdc00 && c <= 0xdfff && i > 0 && s.charCodeAt(i - 1) >= 0xd800 && s.charCodeAt(i - 1) <= 0xdbff)) n++;
  }
  return n;
}

function decodeError(msg: string, doc: string, u: number): never {
  const pos = cpLen(doc, u);
  const before = doc.slice(0, u);
  const lineno = before.split('\n').length;
  const colno = pos - (before.lastIndexOf('\n') < 0 ? -1 : cpLen(doc, before.lastIndexOf('\n')));
  const e = new PyExc(DecodeError);
  e.args = new PyTuple([`${msg}: line ${lineno} column ${colno} (char ${pos})`]);
  e.d.msg = msg;
  e.d.doc = doc;
  e.d.pos = pos;
  e.d.lineno = lineno;
  e.d.colno = colno;
  throw e;
}

// ---- encoding ----

interface EncOpts {
  skipkeys: boolean;
  ensureAscii: boolean;
  checkCircular: boolean;
  allowNan: boolean;
  sortKeys: boolean;
  indent: string | null;
  itemSep: string;
  keySep: string;
  deflt: ((o: any) => any) | null;
}

function encodeStr(s: string, ascii: boolean): string {
  let out = '"';
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let rep: string | null = null;
    if (c === 34) rep = '\\"';
    else if (c === 92) rep = '\\\\';
    else if (c < 0x20) {
      rep = c === 10 ? '\\n' : c === 13 ? '\\r' : c === 9 ? '\\t' : c === 8 ? '\\b' : c === 12 ? '\\f' : '\\u' + c.toString(16).padStart(4, '0');
    } else if (ascii && c > 0x7e) rep = '\\u' + c.toString(16).padStart(4, '0');
    if (rep !== null) {
      out += s.slice(run, i) + rep;
      run = i + 1;
    }
  }
  return out + s.slice(run) + '"';
}

function floatStr(x: number, o: EncOpts, v: any): string {
  if (x !== x || x === Infinity || x === -Infinity) {
    if (!o.allowNan) throwPy('ValueError', 'Out of range float values are not JSON compliant');
    return x !== x ? 'NaN' : x > 0 ? 'Infinity' : '-Infinity';
  }
  return repr(typeof v === 'number' || v instanceof PyFloat ? v : float(x));
}

/**
 * An instance of a float subclass as float.__repr__ writes it: a Python subclass boxes a float; a float
 * subtype defined natively (np.float64) gives its value through __float__.
 */
function floatSubStr(v: any, o: EncOpts): string {
  const u = unbox(v);
  if (isFloat(u)) return floatStr(floatValue(u), o, u);
  const x = realValue(v) ?? throwPy('TypeError', `Object of type ${typeOf(v).name} is not JSON serializable`);
  return floatStr(x, o, float(x));
}

function isIntLike(v: any): boolean {
  return (typeof v === 'number' && Number.isInteger(v)) || typeof v === 'bigint';
}

function encode(v: any, o: EncOpts): string {
  const parts: string[] = [];
  const stack = new Set<any>();
  const enc = (v: any, depth: number): void => {
    if (v === null) return void parts.push('null');
    if (v === true) return void parts.push('true');
    if (v === false) return void parts.push('false');
    if (typeof v === 'string') return void parts.push(encodeStr(v, o.ensureAscii));
    if (isIntLike(v)) return void parts.push(String(v));
    if (isFloat(v)) return void parts.push(floatStr(floatValue(v), o, v));
    const t = typeOf(v);
    if (t.isSubtypeOf(StrType) && typeof unbox(v) === 'string') return void parts.push(encodeStr(unbox(v), o.ensureAscii));
    if (t.isSubtypeOf(IntType) && isIntLike(unbox(v))) return void parts.push(String(unbox(v)));
    if (t.isSubtypeOf(FloatType)) return void parts.push(floatSubStr(v, o));
    // instances of list, tuple and dict subclasses (a namedtuple) encode as their builtin value
    if (t.isUser && (t.isSubtypeOf(ListType) || t.isSubtypeOf(TupleType) || t.isSubtypeOf(DictType))) {
      const u = unbox(v);
      if (Array.isArray(u) || u instanceof PyTuple || u instanceof PyDict) v = u;
    }
    const isList = Array.isArray(v) || v instanceof PyTuple;
    if (isList || v instanceof PyDict) {
      if (o.checkCircular) {
        if (stack.has(v)) throwPy('ValueError', 'Circular reference detected');
        stack.add(v);
      }
      const inner = o.indent === null ? null : '\n' + o.indent.repeat(depth + 1);
      const items: any[] = isList ? (Array.isArray(v) ? v : (v as PyTuple).items) : [];
      if (isList) {
        if (items.length === 0) parts.push('[]');
        else {
          parts.push('[');
          if (inner) parts.push(inner);
          for (let i = 0; i < items.length; i++) {
            if (i) parts.push(inner ? o.itemSep + inner : o.itemSep);
            enc(items[i], depth + 1);
          }
          if (inner) parts.push('\n' + o.indent!.repeat(depth));
          parts.push(']');
        }
      } else {
        let entries = [...(v as PyDict).entries()];
        if (entries.length === 0) parts.push('{}');
        else {
          if (o.sortKeys) entries = entries.sort((a, b) => (ltB(a.k, b.k) ? -1 : ltB(b.k, a.k) ? 1 : 0));
          parts.push('{');
          if (inner) parts.push(inner);
          let first = true;
          for (const { k: k0, v: val } of entries) {
            let key: string;
            const k = k0;
            if (typeof k === 'string') key = k;
            else if (k === true) key = 'true';
            else if (k === false) key = 'false';
            else if (k === null) key = 'null';
            else if (isIntLike(k)) key = String(k);
            else if (isFloat(k)) key = floatStr(floatValue(k), o, k);
            else if (typeOf(k).isSubtypeOf(StrType) && typeof unbox(k) === 'string') key = unbox(k);
            else if (typeOf(k).isSubtypeOf(IntType) && isIntLike(unbox(k))) key = String(unbox(k));
            else if (typeOf(k).isSubtypeOf(FloatType)) key = floatSubStr(k, o);
            else if (o.skipkeys) continue;
            else throwPy('TypeError', `keys must be str, int, float, bool or None, not ${typeOf(k).tpName}`);
            if (!first) parts.push(inner ? o.itemSep + inner : o.itemSep);
            first = false;
            parts.push(encodeStr(key, o.ensureAscii), o.keySep);
            enc(val, depth + 1);
          }
          if (inner) parts.push('\n' + o.indent!.repeat(depth));
          parts.push('}');
        }
      }
      if (o.checkCircular) stack.delete(v);
      return;
    }
    if (o.checkCircular) {
      if (stack.has(v)) throwPy('ValueError', 'Circular reference detected');
      stack.add(v);
    }
    const r = o.deflt ? o.deflt(v) : throwPy('TypeError', `Object of type ${t.name} is not JSON serializable`);
    enc(r, depth);
    if (o.checkCircular) stack.delete(v);
  };
  enc(v, 0);
  return parts.join('');
}

function indentStr(v: any): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v;
  return ' '.repeat(Math.max(0, index(v)));
}

const ENC_OPTS = ['skipkeys', 'ensure_ascii', 'check_circular', 'allow_nan', 'sort_keys', 'indent', 'separators', 'default'];
const ENC_DEFAULTS: Record<string, any> = {
  skipkeys: false, ensure_ascii: true, check_circular: true, allow_nan: true, sort_keys: false, indent: null, separators: null, default: null,
};

function optsFrom(get: (name: string) => any): EncOpts {
  const indent = indentStr(get('indent'));
  const seps = get('separators');
  let itemSep = indent === null ? ', ' : ',', keySep = ': ';
  if (seps !== null && seps !== undefined) {
    const a = seps instanceof PyTuple ? seps.items : Array.isArray(seps) ? seps : throwPy('TypeError', 'separators must be a tuple');
    if (a.length !== 2) throwPy('ValueError', `too many values to unpack (expected 2)`);
    [itemSep, keySep] = a;
  }
  const d = get('default');
  return {
    skipkeys: truthy(get('skipkeys')),
    ensureAscii: truthy(get('ensure_ascii')),
    checkCircular: truthy(get('check_circular')),
    allowNan: truthy(get('allow_nan')),
    sortKeys: truthy(get('sort_keys')),
    indent,
    itemSep,
    keySep,
    deflt: d === null || d === undefined ? null : (o: any) => call(d, [o]),
  };
}

// JSONEncoder: options are instance attributes; default() is looked up on the instance so subclasses
// can override it.
const EncoderType = builtinType('JSONEncoder', ObjectType, 'json.encoder');
defineMethods(EncoderType, {
  __init__: (self, args, kw) => {
    if (args.length) throwPy('TypeError', `JSONEncoder.__init__() takes 1 positional argument but ${args.length + 1} were given`);
    const given: Record<string, any> = {};
    if (kw) {
      for (const [k, v] of kw) {
        if (!ENC_OPTS.includes(k)) throwPy('TypeError', `JSONEncoder.__init__() got an unexpected keyword argument '${k}'`);
        given[k] = v;
      }
    }
    for (const k of ENC_OPTS) {
      if (k === 'default') {
        if (given.default !== undefined && given.default !== null) setAttr(self, 'default', given.default);
        continue;
      }
      const name = k === 'separators' ? null : k;
      if (name) setAttr(self, name, given[k] ?? ENC_DEFAULTS[k]);
    }
    const indent = given.indent ?? null;
    const seps = given.separators ?? null;
    if (seps !== null) {
      const a = seps instanceof PyTuple ? seps.items : (seps as any[]);
      setAttr(self, 'item_separator', a[0]);
      setAttr(self, 'key_separator', a[1]);
    } else {
      setAttr(self, 'item_separator', indent === null ? ', ' : ',');
      setAttr(self, 'key_separator', ': ');
    }
    return null;
  },
  default: (_self, [o]) => throwPy('TypeError', `Object of type ${typeOf(o).tpName} is not JSON serializable`),
  encode: (self, [o]) => encoderEncode(self, o),
  iterencode: (self, [o]) => new ArrayIter([encoderEncode(self, o)]),
});

function encoderEncode(self: any, o: any): string {
  const opts = optsFrom((name) => (name === 'separators' || name === 'default' ? null : getAttr(self, name)));
  opts.itemSep = getAttr(self, 'item_separator');
  opts.keySep = getAttr(self, 'key_separator');
  opts.deflt = (x: any) => callMethod(self, 'default', [x]);
  return encode(o, opts);
}

function dumpsImpl(obj: any, kw: Kw, skip: string[] = []): string {
  let cls: any = null;
  const given: Record<string, any> = {};
  const extra = new Map<string, any>();
  if (kw) {
    for (const [k, v] of kw) {
      if (skip.includes(k)) continue;
      if (k === 'cls') cls = v;
      else if (ENC_OPTS.includes(k)) given[k] = v;
      else extra.set(k, v);
    }
  }
  if (cls === null || cls === EncoderType) {
    if (extra.size) throwPy('TypeError', `JSONEncoder.__init__() got an unexpected keyword argument '${extra.keys().next().value}'`);
    return encode(obj, optsFrom((name) => (given[name] !== undefined ? given[name] : ENC_DEFAULTS[name])));
  }
  const ckw = new Map<string, any>();
  for (const k of ENC_OPTS) ckw.set(k, given[k] !== undefined ? given[k] : ENC_DEFAULTS[k]);
  for (const [k, v] of extra) ckw.set(k, v);
  const enc = call(cls, [], ckw);
  return callMethod(enc, 'encode', [obj]);
}

// ---- decoding ----

interface DecOpts {
  objectHook: any;
  pairsHook: any;
  parseFloat: any;
  parseInt: any;
  parseConstant: any;
  strict: boolean;
}

const NUM_RE = /(-?(?:0|[1-9][0-9]*))(\.[0-9]+)?([eE][-+]?[0-9]+)?/y;

function decode(s: string, o: DecOpts): any {
  let i = 0;
  const n = s.length;
  const ws = () => {
    while (i < n) {
      const c = s.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else break;
    }
  };
  const constant = (name: string, val: number): any => {
    i += name.length;
    return o.parseConstant ? call(o.parseConstant, [name]) : new PyFloat(val);
  };
  const str = (): string => {
    const begin = i - 1;
    let out = '';
    for (;;) {
      let j = i;
      while (j < n) {
        const c = s.charCodeAt(j);
        if (c === 34 || c === 92 || (c < 0x20 && o.strict)) break;
        j++;
      }
      out += s.slice(i, j);
      if (j >= n) decodeError('Unterminated string starting at', s, begin);
      const c = s.charCodeAt(j);
      if (c === 34) {
        i = j + 1;
        return out;
      }
      if (c < 0x20) decodeError('Invalid control character at', s, j);
      // backslash
      if (j + 1 >= n) decodeError('Unterminated string starting at', s, begin);
      const e = s[j + 1];
      const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
      if (e === 'u') {
        const hex = s.slice(j + 2, j + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) decodeError('Invalid \\uXXXX escape', s, j + 1);
        let cp = parseInt(hex, 16);
        i = j + 6;
        if (cp >= 0xd800 && cp <= 0xdbff && s[i] === '\\' && s[i + 1] === 'u') {
          const hex2 = s.slice(i + 2, i + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex2)) decodeError('Invalid \\uXXXX escape', s, i + 1);
          const lo = parseInt(hex2, 16);
          if (lo >= 0xdc00 && lo <= 0xdfff) {
            out += String.fromCharCode(cp, lo);
            i += 6;
            continue;
          }
        }
        out += String.fromCharCode(cp);
        void cp;
        cp = 0;
      } else if (simple[e] !== undefined) {
        out += simple[e];
        i = j + 2;
      } else decodeError('Invalid \\escape', s, j);
    }
  };
  const value = (): any => {
    if (i >= n) decodeError('Expecting value', s, i);
    const c = s[i];
    if (c === '"') {
      i++;
      return str();
    }
    if (c === '{') {
      i++;
      const pairs: any[] = [];
      ws();
      if (s[i] === '}') {
        i++;
      } else {
        for (;;) {
          if (s[i] !== '"') decodeError('Expecting property name enclosed in double quotes', s, i);
          i++;
          const k = str();
          ws();
          if (s[i] !== ':') decodeError("Expecting ':' delimiter", s, i);
          i++;
          ws();
          const v = value();
          pairs.push([k, v]);
          ws();
          if (s[i] === '}') {
            i++;
            break;
          }
          if (s[i] !== ',') decodeError("Expecting ',' delimiter", s, i);
          i++;
          ws();
          if (s[i] !== '"') decodeError('Expecting property name enclosed in double quotes', s, i);
        }
      }
      if (o.pairsHook !== null) return call(o.pairsHook, [pairs.map((p) => new PyTuple(p))]);
      const d = new PyDict();
      for (const [k, v] of pairs) d.set(k, v);
      return o.objectHook !== null ? call(o.objectHook, [d]) : d;
    }
    if (c === '[') {
      i++;
      const out: any[] = [];
      ws();
      if (s[i] === ']') {
        i++;
        return out;
      }
      for (;;) {
        out.push(value());
        ws();
        if (s[i] === ']') {
          i++;
          return out;
        }
        if (s[i] !== ',') decodeError("Expecting ',' delimiter", s, i);
        i++;
        ws();
      }
    }
    if (c === 'n' && s.startsWith('null', i)) {
      i += 4;
      return null;
    }
    if (c === 't' && s.startsWith('true', i)) {
      i += 4;
      return true;
    }
    if (c === 'f' && s.startsWith('false', i)) {
      i += 5;
      return false;
    }
    if (c === 'N' && s.startsWith('NaN', i)) return constant('NaN', NaN);
    if (c === 'I' && s.startsWith('Infinity', i)) return constant('Infinity', Infinity);
    if (c === '-' && s.startsWith('-Infinity', i)) return constant('-Infinity', -Infinity);
    NUM_RE.lastIndex = i;
    const m = NUM_RE.exec(s);
    if (m) {
      i += m[0].length;
      if (m[2] || m[3]) {
        if (o.parseFloat !== null) return call(o.parseFloat, [m[0]]);
        const x = Number(m[0]);
        return Number.isInteger(x) ? new PyFloat(x) : x;
      }
      if (o.parseInt !== null) return call(o.parseInt, [m[0]]);
      const x = Number(m[1]);
      if (Number.isSafeInteger(x)) return x === 0 ? 0 : x;
      return BigInt(m[1]);
    }
    return decodeError('Expecting value', s, i);
  };
  ws();
  const v = value();
  ws();
  if (i !== n) decodeError('Extra data', s, i);
  return v;
}

function docString(s: any): string {
  if (typeof s === 'string') {
    if (s.startsWith('\ufeff')) decodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0);
    return s;
  }
  if (s instanceof PyBytes || s instanceof Uint8Array) {
    const data = s instanceof PyBytes ? s.data : s;
    let enc = 'utf-8';
    if (data.length >= 2 && ((data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff))) enc = data[0] === 0xff ? 'utf-16le' : 'utf-16be';
    else if (data.length >= 2 && data[0] === 0 && data[1] !== 0) enc = 'utf-16be';
    else if (data.length >= 2 && data[0] !== 0 && data[1] === 0) enc = 'utf-16le';
    let text = new TextDecoder(enc).decode(data);
    if (text.startsWith('\ufeff')) text = text.slice(1);
    return text;
  }
  return throwPy('TypeError', `the JSON object must be str, bytes or bytearray, not ${typeOf(s).tpName}`);
}

const DEC_OPTS = ['object_hook', 'parse_float', 'parse_int', 'parse_constant', 'strict', 'object_pairs_hook'];

function loadsImpl(s: any, kw: Kw): any {
  const doc = docString(s);
  const g: Record<string, any> = {};
  let cls: any = null;
  if (kw) {
    for (const [k, v] of kw) {
      if (k === 'cls') cls = v;
      else if (DEC_OPTS.includes(k)) g[k] = v;
      else throwPy('TypeError', `JSONDecoder.__init__() got an unexpected keyword argument '${k}'`);
    }
  }
  if (cls !== null && cls !== DecoderType) {
    const ckw = new Map<string, any>();
    for (const [k, v] of Object.entries(g)) ckw.set(k, v);
    return callMethod(call(cls, [], ckw), 'decode', [doc]);
  }
  return decode(doc, decOpts((k) => g[k]));
}

function decOpts(get: (k: string) => any): DecOpts {
  const nz = (v: any) => (v === undefined ? null : v);
  const strict = get('strict');
  return {
    objectHook: nz(get('object_hook')),
    pairsHook: nz(get('object_pairs_hook')),
    parseFloat: nz(get('parse_float')),
    parseInt: nz(get('parse_int')),
    parseConstant: nz(get('parse_constant')),
    strict: strict === undefined || strict === null ? true : truthy(strict),
  };
}

const DecoderType = builtinType('JSONDecoder', ObjectType, 'json.decoder');
defineMethods(DecoderType, {
  __init__: (self, args, kw) => {
    if (args.length) throwPy('TypeError', `JSONDecoder.__init__() takes 1 positional argument but ${args.length + 1} were given`);
    for (const k of DEC_OPTS) setAttr(self, k, k === 'strict' ? true : null);
    if (kw) {
      for (const [k, v] of kw) {
        if (!DEC_OPTS.includes(k)) throwPy('TypeError', `JSONDecoder.__init__() got an unexpected keyword argument '${k}'`);
        setAttr(self, k, v);
      }
    }
    return null;
  },
  decode: (self, [s]) => decode(docString(s), decOpts((k) => getAttr(self, k))),
});

// ---- the module ----

export function makeJson(): PyModule {
  const m = new PyModule('json');
  const d = m.d;
  d.JSONDecodeError = DecodeError;
  d.JSONEncoder = EncoderType;
  d.JSONDecoder = DecoderType;
  d.dumps = builtin('dumps', (args, kw) => {
    if (args.length !== 1) {
      if (args.length === 0) throwPy('TypeError', "dumps() missing 1 required positional argument: 'obj'");
      throwPy('TypeError', `dumps() takes 1 positional argument but ${args.length} were given`);
    }
    return dumpsImpl(args[0], kw);
  });
  d.dump = builtin('dump', (args, kw) => {
    let fp = args[1];
    if (fp === undefined && kw?.has('fp')) fp = kw.get('fp');
    if (args.length > 2) throwPy('TypeError', `dump() takes 2 positional arguments but ${args.length} were given`);
    if (args.length < 1 || fp === undefined) throwPy('TypeError', "dump() missing 1 required positional argument: 'fp'");
    const text = dumpsImpl(args[0], kw, ['fp']);
    callMethod(fp, 'write', [text]);
    return null;
  });
  d.loads = builtin('loads', (args, kw) => {
    if (args.length !== 1) {
      if (args.length === 0) throwPy('TypeError', "loads() missing 1 required positional argument: 's'");
      throwPy('TypeError', `loads() takes 1 positional argument but ${args.length} were given`);
    }
    return loadsImpl(args[0], kw);
  });
  d.load = builtin('load', (args, kw) => {
    if (args.length !== 1) {
      if (args.length === 0) throwPy('TypeError', "load() missing 1 required positional argument: 'fp'");
      throwPy('TypeError', `load() takes 1 positional argument but ${args.length} were given`);
    }
    return loadsImpl(callMethod(args[0], 'read', []), kw);
  });
  void tuple;
  return m;
}
