/**
 * `bytes` (PyBytes) and `bytearray` (its mutators in byteArray.ts): constructors, decode/hex/fromhex, the common
 * searching, splitting and case methods (padding and the rest in bytesLayout.ts), `+`, `*`, comparisons
 * and `in`, with CPython 3.11's messages.
 *
 * Most methods work on the latin-1 view of the data (one char per byte, so str searching is byte
 * searching) and convert back; what differs from str is spelled out: whitespace is only ASCII
 * ` \t\n\r\v\f`, case mapping only touches ASCII letters, and `x in b` accepts an int byte value.
 * A bytearray keeps its bytes in `data`, replaced (never resized in place) when it changes.
 */
import { boxFloat } from '../values';
import { BytesType, builtinType, typeOf, PyType } from '../pytype';
import { PyBytes, PyTuple, PyFloat, NotImplemented, latin1Text } from '../values';
import { PyDict } from '../hashtable';
import { PyExc } from '../exceptions';
import { callSpecial } from '../attrs';
import { ascii, realValue } from '../formatting';
import { percentFormat, PercentHooks } from '../percentFormat';
import { floatToInt } from '../formatSpec';
import { Kw, builtin } from '../function';
import { PyClassMethod, PyStaticMethod } from '../descriptors';
import { throwPy } from '../errors';
import { index, getItem } from '../protocols';
import { iter, ArrayIter, isIterable } from '../iterators';
import { nativeBinary, asInt } from '../arith';
import { reprBytes } from '../repr';
import { defineMethods, Method, permissiveInit } from './define';
import { noArgs, oneArg, posArgs, kwArgs, methodArgs, oldMethodArgs } from './args';
import { bytesLike, ssize } from './str';
import { encodeStr, decodeBytes } from './codecs';
import { layoutMethods, maketrans } from './bytesLayout';
import { byteArrayMutators } from './byteArray';

export const ByteArrayType = builtinType('bytearray');

/** A mutable byte string. */
export class PyByteArray {
  declare cls: PyType;
  constructor(public data: Uint8Array) {}
}
PyByteArray.prototype.cls = ByteArrayType;

const tn = (v: any) => typeOf(v).tpName;
/** bytes as a string of one char per byte (codes 0–255), and back */
export const latin1 = latin1Text;
export const fromLatin1 = (s: string): Uint8Array => {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
};

/** The data of a bytes-like argument, or a TypeError naming the expected kind. */
function needBytes(v: any, msg = `a bytes-like object is required, not '${tn(v)}'`): Uint8Array {
  const d = bytesLike(v);
  if (!d) throwPy('TypeError', msg);
  return d;
}

/** bytes(source) for an iterable of ints. */
export function fromInts(v: any, what = 'byte'): Uint8Array {
  const out: number[] = [];
  const it = iter(v);
  for (let x = it.next(); x !== undefined; x = it.next()) {
    const i = index(x);
    if (i < 0 || i > 255) throwPy('ValueError', `${what} must be in range(0, 256)`);
    out.push(i);
  }
  return Uint8Array.from(out);
}

/** The shared body of bytes(...) and bytearray(...). */
function bytesFrom(name: string, args: any[], kw: Kw): Uint8Array {
  const [src, encoding, errors] = kwArgs(name, args, kw, ['source', 'encoding', 'errors']);
  if (src === undefined) {
    if (encoding !== undefined || errors !== undefined) throwPy('TypeError', 'encoding or errors without sequence argument');
    return new Uint8Array(0);
  }
  if (typeof src === 'string') {
    if (encoding === undefined) throwPy('TypeError', 'string argument without an encoding');
    if (typeof encoding !== 'string') throwPy('TypeError', `${name}() argument 'encoding' must be str, not ${tn(encoding)}`);
    return encodeStr(src, encoding, errors ?? 'strict');
  }
  if (encoding !== undefined) throwPy('TypeError', 'encoding without a string argument');
  if (errors !== undefined) throwPy('TypeError', 'errors without a string argument');
  const d = bytesLike(src);
  if (d) return d.slice();
  const n = asInt(src);
  if (n !== undefined) {
    if (n < 0) throwPy('ValueError', 'negative count');
    return new Uint8Array(Number(n));
  }
  if (typeOf(src).lookup('__index__') !== undefined) return new Uint8Array(index(src));
  if (!isIterable(src) || typeof src === 'string') throwPy('TypeError', `cannot convert '${tn(src)}' object to ${name}`);
  return fromInts(src, name === 'bytes' ? 'bytes' : 'byte');
}

/** the two hex digits of each byte value, as char codes packed in one 32-bit word (low half first) */
const HEX_PAIRS = (() => {
  const t = new Uint32Array(256), h = (v: number) => '0123456789abcdef'.charCodeAt(v);
  for (let b = 0; b < 256; b++) t[b] = h(b >> 4) | (h(b & 15) << 16);
  return t;
})();

/** All the bytes as hex digits, in slices of characters (a 20 MB array of strings took seconds to collect). */
function hexDigits(d: Uint8Array): string {
  const parts: string[] = [];
  const SLICE = 1 << 14;
  const codes = new Uint32Array(SLICE);
  const chars = new Uint16Array(codes.buffer);
  for (let start = 0; start < d.length; start += SLICE) {
    const m = Math.min(SLICE, d.length - start);
    for (let i = 0; i < m; i++) codes[i] = HEX_PAIRS[d[start + i]];
    parts.push(String.fromCharCode.apply(null, chars.subarray(0, 2 * m) as unknown as number[]));
  }
  return parts.join('');
}

function hex(d: Uint8Array, args: any[], kw: Kw): string {
  const [sep, bytesPerSep] = kwArgs('hex', args, kw, ['sep', 'bytes_per_sep']);
  if (sep === undefined) return hexDigits(d);
  const digits = Array.from(d, (b) => b.toString(16).padStart(2, '0'));
  const s = typeof sep === 'string' ? sep : latin1(needBytes(sep, 'sep must be str or bytes.'));
  if (s.length !== 1) throwPy('ValueError', 'sep must be length 1.');
  const n = bytesPerSep === undefined ? 1 : index(bytesPerSep);
  const k = Math.abs(n);
  if (k === 0 || k >= digits.length) return digits.join('');
  const groups: string[] = [];
  if (n > 0) {
    for (let end = digits.length; end > 0; end -= k) groups.push(digits.slice(Math.max(0, end - k), end).join(''));
    groups.reverse();
  } else for (let start = 0; start < digits.length; start += k) groups.push(digits.slice(start, start + k).join(''));
  return groups.join(s);
}

function fromhex(s: any): Uint8Array {
  if (typeof s !== 'string') throwPy('TypeError', `fromhex() argument must be str, not ${tn(s)}`);
  const out: number[] = [];
  let i = 0;
  const hexv = (c: string) => (/^[0-9a-fA-F]$/.test(c) ? parseInt(c, 16) : -1);
  while (i < s.length) {
    if (/\s/.test(s[i]) && s.charCodeAt(i) < 128) {
      i++;
      continue;
    }
    const hi = hexv(s[i]);
    if (hi < 0) throwPy('ValueError', `non-hexadecimal number found in fromhex() arg at position ${i}`);
    const lo = i + 1 < s.length ? hexv(s[i + 1]) : -1;
    if (lo < 0) throwPy('ValueError', `non-hexadecimal number found in fromhex() arg at position ${i + 1}`);
    out.push(hi * 16 + lo);
    i += 2;
  }
  return Uint8Array.from(out);
}

// ---- str-like methods over the latin-1 view ----

const WS = ' \t\n\r\x0b\x0c';
const isWs = (c: string) => WS.includes(c);

function splitWs(s: string, max: number, rev: boolean): string[] {
  const parts: string[] = [];
  if (!rev) {
    let i = 0;
    for (;;) {
      while (i < s.length && isWs(s[i])) i++;
      if (i >= s.length) break;
      if (max >= 0 && parts.length === max) {
        parts.push(s.slice(i));
        break;
      }
      let j = i;
      while (j < s.length && !isWs(s[j])) j++;
      parts.push(s.slice(i, j));
      i = j;
    }
    return parts;
  }
  let i = s.length;
  for (;;) {
    while (i > 0 && isWs(s[i - 1])) i--;
    if (i <= 0) break;
    if (max >= 0 && parts.length === max) {
      parts.push(s.slice(0, i));
      break;
    }
    let j = i;
    while (j > 0 && !isWs(s[j - 1])) j--;
    parts.push(s.slice(j, i));
    i = j;
  }
  return parts.reverse();
}

/** b.split() without maxsplit, slicing the bytes directly (the tokens of a whole input read at once) */
function splitWsBytes(d: Uint8Array): Uint8Array[] {
  const out: Uint8Array[] = [];
  const n = d.length;
  const ws = (c: number) => c === 32 || (c >= 9 && c <= 13);
  let i = 0;
  for (;;) {
    while (i < n && ws(d[i])) i++;
    if (i >= n) return out;
    let j = i + 1;
    while (j < n && !ws(d[j])) j++;
    out.push(d.slice(i, j));
    i = j;
  }
}

/** A sub-bytes argument of find/count/...: bytes-like or an int byte value. */
function subArg(v: any): string {
  const d = bytesLike(v);
  if (d) return latin1(d);
  const i = asInt(v);
  if (i === undefined) throwPy('TypeError', `argument should be integer or bytes-like object, not '${tn(v)}'`);
  if (i < 0 || i > 255) throwPy('ValueError', 'byte must be in range(0, 256)');
  return String.fromCharCode(Number(i));
}

function strip(d: Uint8Array, args: any[], kw: Kw, left: boolean, right: boolean, name: string, q: string): Uint8Array {
  posArgs(name, q, args, kw, 0, 1);
  const chars = args[0] === undefined || args[0] === null ? WS : latin1(needBytes(args[0]));
  let i = 0, j = d.length;
  const s = latin1(d);
  if (left) while (i < j && chars.includes(s[i])) i++;
  if (right) while (j > i && chars.includes(s[j - 1])) j--;
  return d.slice(i, j);
}

function adjust(start: any, end: any, n: number): [number, number] {
  const b = (v: any, dflt: number) => (v === undefined || v === null ? dflt : typeof v === 'bigint' ? (v > 0n ? n : -n - 1) : index(v, 'slice indices must be integers or None or have an __index__ method'));
  let s = b(start, 0), e = b(end, n);
  if (e > n) e = n;
  else if (e < 0) e = Math.max(0, e + n);
  if (s < 0) s = Math.max(0, s + n);
  return [s, e];
}

/**
 * Where `sub` occurs in d[st:en] (first, or last when `rev`), or -1. Searches the bytes themselves: a
 * latin-1 string of a large buffer per call made BytesIO.readline over a whole input quadratic.
 */
function search(d: Uint8Array, sub: Uint8Array, st: number, en: number, rev: boolean): number {
  const m = sub.length;
  if (en - st < m) return -1;
  if (m === 0) return rev ? en : st;
  const first = sub[0];
  const matchAt = (j: number): boolean => {
    for (let k = 1; k < m; k++) if (d[j + k] !== sub[k]) return false;
    return true;
  };
  if (rev) {
    for (let j = d.lastIndexOf(first, en - m); j >= st; j = j > 0 ? d.lastIndexOf(first, j - 1) : -1) if (matchAt(j)) return j;
    return -1;
  }
  for (let j = d.indexOf(first, st); j >= 0 && j + m <= en; j = d.indexOf(first, j + 1)) if (matchAt(j)) return j;
  return -1;
}

/** A sub-bytes argument of find/count/index: its bytes. */
function subBytes(v: any): Uint8Array {
  const d = bytesLike(v);
  if (d) return d;
  const s = subArg(v);
  return Uint8Array.of(s.charCodeAt(0));
}

function find(d: Uint8Array, args: any[], rev: boolean): number {
  const sub = subBytes(args[0]);
  const [st, en] = adjust(args[1], args[2], d.length);
  return search(d, sub, st, en, rev);
}

function cmpBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

/** Methods shared by bytes and bytearray; `wrap` builds a result of the receiver's kind. */
function commonMethods(t: PyType, wrap: (d: Uint8Array) => any): Record<string, Method> {
  const q = t.name;
  const cmp = (test: (c: number) => boolean) => (self: any, args: any[]) => {
    const o = bytesLike(args[0]);
    return o ? test(cmpBytes(self.data, o)) : NotImplemented;
  };
  const caseMap = (name: string, f: (c: number) => number) => (self: any, args: any[], kw: Kw) => {
    noArgs(`${q}.${name}`, args, kw);
    return wrap(self.data.map(f));
  };
  const isLowerB = (c: number) => c >= 97 && c <= 122;
  const isUpperB = (c: number) => c >= 65 && c <= 90;
  return {
    decode: (self, args, kw) => {
      const [encoding, errors] = kwArgs('decode', args, kw, ['encoding', 'errors']);
      if (encoding !== undefined && typeof encoding !== 'string') throwPy('TypeError', `decode() argument 'encoding' must be str, not ${tn(encoding)}`);
      if (errors !== undefined && typeof errors !== 'string') throwPy('TypeError', `decode() argument 'errors' must be str, not ${tn(errors)}`);
      return decodeBytes(self.data, encoding ?? 'utf-8', errors ?? 'strict');
    },
    hex: (self, args, kw) => hex(self.data, args, kw),
    count: (self, args, kw) => {
      oldMethodArgs(q, 'count', args, kw, 1, 3);
      const d = self.data as Uint8Array;
      const sub = subBytes(args[0]);
      const [st, en] = adjust(args[1], args[2], d.length);
      if (en - st < sub.length) return 0;
      if (!sub.length) return en - st + 1;
      let n = 0;
      for (let j = search(d, sub, st, en, false); j >= 0; j = search(d, sub, j + sub.length, en, false)) n++;
      return n;
    },
    find: (self, args, kw) => (oldMethodArgs(q, 'find', args, kw, 1, 3), find(self.data, args, false)),
    rfind: (self, args, kw) => (oldMethodArgs(q, 'rfind', args, kw, 1, 3), find(self.data, args, true)),
    index: (self, args, kw) => {
      oldMethodArgs(q, 'index', args, kw, 1, 3);
      const i = find(self.data, args, false);
      if (i < 0) throwPy('ValueError', 'subsection not found');
      return i;
    },
    rindex: (self, args, kw) => {
      oldMethodArgs(q, 'rindex', args, kw, 1, 3);
      const i = find(self.data, args, true);
      if (i < 0) throwPy('ValueError', 'subsection not found');
      return i;
    },
    startswith: (self, args, kw) => {
      oldMethodArgs(q, 'startswith', args, kw, 1, 3);
      const s = latin1(self.data);
      const [st, en] = adjust(args[1], args[2], s.length);
      const ps = args[0] instanceof PyTuple ? args[0].items : [args[0]];
      return ps.some((p: any) => {
        const sub = latin1(needBytes(p, `startswith first arg must be bytes or a tuple of bytes, not ${tn(p)}`));
        return en - st >= sub.length && s.startsWith(sub, st);
      });
    },
    endswith: (self, args, kw) => {
      oldMethodArgs(q, 'endswith', args, kw, 1, 3);
      const s = latin1(self.data);
      const [st, en] = adjust(args[1], args[2], s.length);
      const ps = args[0] instanceof PyTuple ? args[0].items : [args[0]];
      return ps.some((p: any) => {
        const sub = latin1(needBytes(p, `endswith first arg must be bytes or a tuple of bytes, not ${tn(p)}`));
        return en - st >= sub.length && s.slice(st, en).endsWith(sub);
      });
    },
    split: (self, args, kw) => {
      const [sep, max] = kwArgs('split', args, kw, ['sep', 'maxsplit']);
      const m = max === undefined ? -1 : ssize(max);
      if ((sep === undefined || sep === null) && m < 0) return splitWsBytes(self.data).map(wrap);
      const s = latin1(self.data);
      if (sep === undefined || sep === null) return splitWs(s, m, false).map((x) => wrap(fromLatin1(x)));
      const p = latin1(needBytes(sep));
      if (!p) throwPy('ValueError', 'empty separator');
      const out: string[] = [];
      let i = 0;
      while (m < 0 || out.length < m) {
        const j = s.indexOf(p, i);
        if (j < 0) break;
        out.push(s.slice(i, j));
        i = j + p.length;
      }
      out.push(s.slice(i));
      return out.map((x) => wrap(fromLatin1(x)));
    },
    rsplit: (self, args, kw) => {
      const [sep, max] = kwArgs('rsplit', args, kw, ['sep', 'maxsplit']);
      const m = max === undefined ? -1 : ssize(max);
      const s = latin1(self.data);
      if (sep === undefined || sep === null) return splitWs(s, m, true).map((x) => wrap(fromLatin1(x)));
      const p = latin1(needBytes(sep));
      if (!p) throwPy('ValueError', 'empty separator');
      const out: string[] = [];
      let end = s.length;
      while ((m < 0 || out.length < m) && end - p.length >= 0) {
        const j = s.lastIndexOf(p, end - p.length);
        if (j < 0) break;
        out.push(s.slice(j + p.length, end));
        end = j;
      }
      out.push(s.slice(0, end));
      return out.reverse().map((x) => wrap(fromLatin1(x)));
    },
    join: (self, args, kw) => {
      const it = iter(oneArg(`${q}.join`, args, kw));
      const parts: string[] = [];
      for (let x = it.next(), i = 0; x !== undefined; x = it.next(), i++) {
        const d = bytesLike(x);
        if (!d) throwPy('TypeError', `sequence item ${i}: expected a bytes-like object, ${tn(x)} found`);
        parts.push(latin1(d));
      }
      return wrap(fromLatin1(parts.join(latin1(self.data))));
    },
    replace: (self, args, kw) => {
      methodArgs(q, 'replace', args, kw, 2, 3);
      const s = latin1(self.data);
      const old = latin1(needBytes(args[0]));
      const rep = latin1(needBytes(args[1]));
      let count = args.length > 2 ? ssize(args[2]) : -1;
      if (count < 0) count = Number.MAX_SAFE_INTEGER;
      let out = '';
      if (old === '') {
        let k = 0;
        for (; k < s.length && k < count; k++) out += rep + s[k];
        out += k < count ? rep : s.slice(k);
        return wrap(fromLatin1(out));
      }
      let i = 0;
      for (let n = 0; n < count; n++) {
        const j = s.indexOf(old, i);
        if (j < 0) break;
        out += s.slice(i, j) + rep;
        i = j + old.length;
      }
      return wrap(fromLatin1(out + s.slice(i)));
    },
    strip: (self, args, kw) => wrap(strip(self.data, args, kw, true, true, 'strip', `${q}.strip`)),
    lstrip: (self, args, kw) => wrap(strip(self.data, args, kw, true, false, 'lstrip', `${q}.lstrip`)),
    rstrip: (self, args, kw) => wrap(strip(self.data, args, kw, false, true, 'rstrip', `${q}.rstrip`)),
    upper: caseMap('upper', (c) => (isLowerB(c) ? c - 32 : c)),
    lower: caseMap('lower', (c) => (isUpperB(c) ? c + 32 : c)),
    swapcase: caseMap('swapcase', (c) => (isLowerB(c) ? c - 32 : isUpperB(c) ? c + 32 : c)),
    isdigit: (self) => self.data.length > 0 && self.data.every((c: number) => c >= 48 && c <= 57),
    isalpha: (self) => self.data.length > 0 && self.data.every((c: number) => isLowerB(c) || isUpperB(c)),
    isalnum: (self) => self.data.length > 0 && self.data.every((c: number) => isLowerB(c) || isUpperB(c) || (c >= 48 && c <= 57)),
    isspace: (self) => self.data.length > 0 && self.data.every((c: number) => WS.includes(String.fromCharCode(c))),
    islower: (self) => self.data.some(isLowerB) && !self.data.some(isUpperB),
    isupper: (self) => self.data.some(isUpperB) && !self.data.some(isLowerB),
    isascii: (self) => self.data.every((c: number) => c < 128),
    __len__: (self) => self.data.length,
    __contains__: (self, args) => {
      const x = args[0];
      const i = asInt(x);
      if (i !== undefined) {
        if (i < 0 || i > 255) throwPy('ValueError', 'byte must be in range(0, 256)');
        return self.data.includes(Number(i));
      }
      return latin1(self.data).includes(latin1(needBytes(x)));
    },
    ...layoutMethods(t, latin1, (s) => wrap(fromLatin1(s))),
    __eq__: cmp((c) => c === 0),
    __ne__: cmp((c) => c !== 0),
    __lt__: cmp((c) => c < 0),
    __le__: cmp((c) => c <= 0),
    __gt__: cmp((c) => c > 0),
    __ge__: cmp((c) => c >= 0),
  };
}


const BYTES_HOOKS: PercentHooks = {
  str: (v) => {
    const d = bytesLike(v);
    if (d) return latin1(d);
    const f = typeOf(v).lookup('__bytes__');
    if (f !== undefined && f !== null) return latin1(needBytes(callSpecial(f, v), '__bytes__ returned non-bytes'));
    return throwPy('TypeError', `%b requires a bytes-like object, or an object that implements __bytes__, not '${tn(v)}'`);
  },
  repr: (v) => ascii(v),
  ascii: (v) => ascii(v),
  typeName: (v) => tn(v),
  // %c: one byte, or an int in range(256) (given back as its character)
  asStr: (v) => {
    const d = bytesLike(v);
    if (d && d.length === 1) return String.fromCharCode(d[0]);
    const i = d ? undefined : asInt(v) ?? (typeOf(v).lookup('__index__') !== undefined ? index(v) : undefined);
    if (i === undefined) throwPy('TypeError', '%c requires an integer in range(256) or a single byte');
    if (i < 0 || i > 255) throwPy('OverflowError', '%c arg not in range(256)');
    return String.fromCharCode(Number(i));
  },
  exactInt: (v) => asInt(v) ?? null,
  toInt: (v) => {
    v = boxFloat(v);
    if (v instanceof PyFloat) return floatToInt(v.v);
    const f = typeOf(v).lookup('__int__');
    return f !== undefined && f !== null ? asInt(callSpecial(f, v)) ?? null : null;
  },
  toIndex: (v) => {
    const f = typeOf(v).lookup('__index__');
    return f !== undefined && f !== null ? asInt(callSpecial(f, v)) ?? null : null;
  },
  toFloat: realValue,
};

/** bytes % args: the str formatter on the latin-1 text, with %b as %s and bytes-only %s/%c. */
function bytesMod(fmt: Uint8Array, args: any): Uint8Array {
  const text = latin1(fmt).replace(/%(\([^)]*\))?([-+ #0]*)(\*|\d+)?(\.(\*|\d+)?)?([hlL]?)([a-zA-Z%])/g, (m, ...g) =>
    g[6] === 'b' ? m.slice(0, -1) + 's' : m);
  let items: any[];
  let mapping: ((k: string) => any) | null = null;
  if (args instanceof PyTuple) items = args.items;
  else {
    items = [args];
    if (args instanceof PyDict) mapping = (k) => getItem(args, new PyBytes(fromLatin1(k)));
  }
  try {
    return fromLatin1(percentFormat(text, items, mapping, BYTES_HOOKS));
  } catch (e) {
    if (e instanceof PyExc && typeof e.args.items[0] === 'string' && e.args.items[0].endsWith('during string formatting'))
      throwPy(e.cls.name, e.args.items[0].replace('string formatting', 'bytes formatting'));
    throw e;
  }
}

/** bytes + bytes, bytes * int (and the bytearray forms); the left operand decides the result kind. */
function binaryFor(wrap: (d: Uint8Array) => any) {
  return (op: string, a: any, b: any, reflected: boolean): any => {
    const [x, y] = reflected ? [b, a] : [a, b];
    if (op === '+') {
      const dx = bytesLike(x), dy = bytesLike(y);
      if (!dx) return NotImplemented;
      if (!dy) throwPy('TypeError', `can't concat ${tn(y)} to ${tn(x)}`);
      const out = new Uint8Array(dx.length + dy.length);
      out.set(dx);
      out.set(dy, dx.length);
      return (reflected ? wrapOf(x) : wrap)(out);
    }
    if (op === '%') return reflected ? NotImplemented : wrapOf(x)(bytesMod(bytesLike(x)!, y));
    if (op === '*') {
      const [seq, n] = bytesLike(x) ? [x, y] : [y, x];
      const k = asInt(n);
      if (k === undefined || !bytesLike(seq)) return NotImplemented;
      const d = bytesLike(seq)!;
      const count = Math.max(0, Number(k));
      const out = new Uint8Array(d.length * count);
      for (let i = 0; i < count; i++) out.set(d, i * d.length);
      return wrapOf(seq)(out);
    }
    return NotImplemented;
  };
}
const wrapBytes = (d: Uint8Array) => new PyBytes(d);
const wrapArray = (d: Uint8Array) => new PyByteArray(d);
const wrapOf = (v: any) => (v instanceof PyByteArray ? wrapArray : wrapBytes);

/** Install bytes and bytearray. */
export function installBytes(): void {
  BytesType.newInstance = (cls, args, kw) => {
    if (args.length === 1 && !kw && args[0] instanceof PyBytes && cls === BytesType) return args[0];
    return new PyBytes(bytesFrom('bytes', args, kw));
  };
  defineMethods(BytesType, commonMethods(BytesType, wrapBytes));
  BytesType.dict.fromhex = new PyClassMethod(builtin('fromhex', (args, kw) => {
    const rest = args.slice(1);
    if (kw && kw.size) throwPy('TypeError', 'bytes.fromhex() takes no keyword arguments');
    if (rest.length !== 1) throwPy('TypeError', `bytes.fromhex() takes exactly one argument (${rest.length} given)`);
    const d = fromhex(rest[0]);
    return args[0] === ByteArrayType ? new PyByteArray(d) : new PyBytes(d);
  }));
  nativeBinary.set(BytesType, binaryFor(wrapBytes));
  permissiveInit(BytesType);

  ByteArrayType.newInstance = (_cls, args, kw) => new PyByteArray(bytesFrom('bytearray', args, kw));
  defineMethods(ByteArrayType, {
    ...commonMethods(ByteArrayType, wrapArray),
    // bytearray's repr escapes every single quote, even inside double quotes
    __repr__: (self: PyByteArray) => {
      const r = reprBytes(self.data);
      return `bytearray(${r[1] === '"' ? 'b"' + r.slice(2, -1).replace(/'/g, "\\'") + '"' : r})`;
    },
    __iter__: (self: PyByteArray) => new ArrayIter(self.data),
    ...byteArrayMutators(),
  });
  ByteArrayType.dict.fromhex = BytesType.dict.fromhex;
  for (const t of [BytesType, ByteArrayType]) {
    t.dict.maketrans = new PyStaticMethod(builtin('maketrans', (args, kw) => {
      posArgs('maketrans', `${t.name}.maketrans`, args, kw, 2, 2);
      return new PyBytes(maketrans(bytesLike(args[0]), bytesLike(args[1])));
    }));
  }
  ByteArrayType.dict.__hash__ = null;
  nativeBinary.set(ByteArrayType, binaryFor(wrapArray));
}
