/**
 * The numeric types' constructors and methods: int, bool, float, complex, with CPython 3.11's
 * conversion order and messages.
 *
 * int(x) follows PyNumber_Long: `__int__`, then `__index__`, then `__trunc__`, then str/bytes parsing
 * (numParse.ts, which also enforces the 4300-digit limit); float(x) follows PyNumber_Float
 * (`__float__`, then `__index__`); complex(x, y) follows complex_new (`__complex__`, then
 * `__float__`/`__index__`, strings parsed like `(1+2j)`). Results are always the interpreter's own
 * representation (int as number/bigint, PyFloat, PyComplex), never subclass instances.
 */
import { boxFloat, isFloat, floatValue, float, NotImplemented } from '../values';
import { IntType, BoolType, FloatType, ComplexType, PyType, typeOf } from '../pytype';
import { PyFloat, PyComplex, PyBytes, tuple, latin1Text } from '../values';
import { Kw, builtin, call, PyBuiltin } from '../function';
import { unbox } from '../subclass';
import { PyClassMethod, defGetters } from '../descriptors';
import { throwPy } from '../errors';
import { PyExc } from '../exceptions';
import { callSpecial } from '../attrs';
import { truthy, index } from '../protocols';
import { intToFloat, norm, asInt, asFloat, intFloorDiv, intMod, floatFloorMod } from '../arith';
import { toArray } from '../iterators';
import { reprBytes } from '../repr';
import { parseIntLiteral, parseFloatLiteral } from '../numParse';
import { floatToInt, roundHalfEven, roundFloat, roundInt } from '../formatSpec';
import { defineMethods, permissiveInit } from './define';
import { noArgs, posArgs, kwArgs } from './args';
import { bytesLike } from './str';
import { hypot } from '../../../runtime/math/hypot';

const tn = (v: any) => typeOf(v).tpName;

function dunder(v: any, name: string): any {
  const f = typeOf(v).lookup(name);
  return f === undefined || f === null ? undefined : f;
}

function isIntValue(v: any): boolean {
  return (typeof v === 'number' && Number.isInteger(v)) || typeof v === 'bigint' || typeof v === 'boolean';
}

/** Plain int of a result that is an int or a bool. */
function plainInt(v: any): number | bigint {
  return typeof v === 'boolean' ? (v ? 1 : 0) : v;
}

/** Parse bytes as an int/float literal, quoting the bytes repr in the error like CPython. */
function parseBytes<T>(data: Uint8Array, parse: (s: string) => T): T {
  const s = latin1Text(data);
  try {
    return parse(s);
  } catch (e) {
    if (e instanceof PyExc && e.cls.name === 'ValueError') {
      const msg = String(e.args.items[0]);
      const cut = msg.indexOf(': ');
      // the invalid-literal messages quote the bytes object (not, say, the digit-limit message)
      if (cut >= 0 && /^(invalid literal|could not convert)/.test(msg)) throwPy('ValueError', msg.slice(0, cut + 2) + reprBytes(data));
    }
    throw e;
  }
}

// ---- int ----

/** int(x) with one argument (PyNumber_Long). */
/** abs(complex): glibc's hypot, OverflowError when finite parts overflow it. */
export function complexAbs(z: PyComplex): PyFloat {
  const r = hypot(z.re, z.im);
  if (!Number.isFinite(r) && Number.isFinite(z.re) && Number.isFinite(z.im)) throwPy('OverflowError', 'absolute value too large');
  return new PyFloat(r);
}

export function toInt(x: any): number | bigint {
  x = boxFloat(x);
  if (typeof x === 'number' || typeof x === 'bigint') return x;
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (x instanceof PyFloat) return floatToInt(x.v);
  if (typeof x === 'string') return parseIntLiteral(x, 10);
  let f = dunder(x, '__int__');
  if (f !== undefined) {
    const r = callSpecial(f, x);
    if (!isIntValue(r)) throwPy('TypeError', `__int__ returned non-int (type ${tn(r)})`);
    return plainInt(r);
  }
  f = dunder(x, '__index__');
  if (f !== undefined) {
    const r = callSpecial(f, x);
    if (!isIntValue(r)) throwPy('TypeError', `__index__ returned non-int (type ${tn(r)})`);
    return plainInt(r);
  }
  f = dunder(x, '__trunc__');
  if (f !== undefined) {
    const r = callSpecial(f, x);
    if (isIntValue(r)) return plainInt(r);
    if (dunder(r, '__index__') === undefined) throwPy('TypeError', `__trunc__ returned non-Integral (type ${tn(r)})`);
    return toInt(r);
  }
  // an instance of a str subclass without __int__ parses its string value
  if (typeof unbox(x) === 'string') return parseIntLiteral(unbox(x), 10);
  const data = bytesLike(x);
  if (data) return parseBytes(data, (s) => parseIntLiteral(s, 10));
  return throwPy('TypeError', `int() argument must be a string, a bytes-like object or a real number, not '${tn(x)}'`);
}

/** int(x) with one argument, its common argument kinds tested first (the `int(x)` of loops, fastcalls.ts). */
export function intOf(x: any): number | bigint {
  if (typeof x === 'number') return Number.isInteger(x) ? x : floatToInt(x);
  if (typeof x === 'string') return parseIntLiteral(x, 10);
  if (x instanceof PyFloat) return floatToInt(x.v);
  return toInt(x);
}

function newInt(args: any[], kw: Kw): number | bigint {
  if (args.length === 1 && kw === null) return toInt(args[0]);
  const [x, base] = kwArgs('int', args, kw, ['', 'base']);
  if (kw && kw.has('')) throwPy('TypeError', `'' is an invalid keyword argument for int()`);
  if (x === undefined) {
    if (base !== undefined) throwPy('TypeError', 'int() missing string argument');
    return 0;
  }
  if (base === undefined) return toInt(x);
  let b: number;
  if (typeof base === 'bigint') b = -1;
  else b = index(base);
  if (typeof unbox(x) === 'string') return parseIntLiteral(unbox(x), b < 0 ? 1 : b);
  const data = bytesLike(x);
  if (data) return parseBytes(data, (s) => parseIntLiteral(s, b < 0 ? 1 : b));
  return throwPy('TypeError', "int() can't convert non-string with explicit base");
}

function bitLength(v: number | bigint): number {
  if (v === 0 || v === 0n) return 0;
  if (typeof v === 'number') {
    const a = Math.abs(v);
    // below 2**32 a count of leading zeros; up to 2**53 the high word's, plus 32 (no string made)
    if (a < 4294967296) return 32 - Math.clz32(a);
    const hi = Math.floor(a / 4294967296);
    return 64 - Math.clz32(hi);
  }
  return (v < 0n ? -v : v).toString(2).length;
}

function byteorder(v: any): boolean {
  if (typeof v !== 'string') throwPy('TypeError', `to_bytes() argument 'byteorder' must be str, not ${tn(v)}`);
  if (v !== 'little' && v !== 'big') throwPy('ValueError', "byteorder must be either 'little' or 'big'");
  return v === 'little';
}

function toBytes(v: number | bigint, args: any[], kw: Kw): PyBytes {
  const [len, order, signed] = kwArgs('to_bytes', args, kw, ['length', 'byteorder', 'signed']);
  if (args.length > 2) throwPy('TypeError', `to_bytes() takes at most 2 positional arguments (${args.length} given)`);
  const n = len === undefined ? 1 : index(len);
  const little = order === undefined ? false : byteorder(order);
  const sgn = signed === undefined ? false : truthy(signed);
  if (n < 0) throwPy('ValueError', 'length argument must be non-negative');
  let b = BigInt(v);
  if (b < 0n) {
    if (!sgn) throwPy('OverflowError', "can't convert negative int to unsigned");
    if (n === 0 || b < -(1n << BigInt(8 * n - 1))) throwPy('OverflowError', 'int too big to convert');
    b += 1n << BigInt(8 * n);
  } else if (b >= 1n << BigInt(sgn ? 8 * n - 1 : 8 * n) && !(n === 0 && b === 0n)) {
    throwPy('OverflowError', 'int too big to convert');
  }
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    out[little ? i : n - 1 - i] = Number(b & 0xffn);
    b >>= 8n;
  }
  return new PyBytes(out);
}

function fromBytes(args: any[], kw: Kw): any {
  const cls = args[0] as PyType;
  const rest = args.slice(1);
  const [bytes, order, signed] = kwArgs('from_bytes', rest, kw, ['bytes', 'byteorder', 'signed'], 1);
  let data = bytesLike(bytes);
  if (!data) {
    if (typeof bytes === 'string' || typeof bytes === 'number' || bytes === null || typeof bytes === 'bigint')
      throwPy('TypeError', `cannot convert '${tn(bytes)}' object to bytes`);
    data = Uint8Array.from(toArray(bytes).map((x) => {
      const i = index(x);
      if (i < 0 || i > 255) throwPy('ValueError', 'bytes must be in range(0, 256)');
      return i;
    }));
  }
  const little = order === undefined ? false : byteorder(order);
  let v = 0n;
  for (let i = 0; i < data.length; i++) v = (v << 8n) | BigInt(data[little ? data.length - 1 - i : i]);
  if (signed !== undefined && truthy(signed) && data.length && v >= 1n << BigInt(8 * data.length - 1)) v -= 1n << BigInt(8 * data.length);
  const r = norm(v);
  if (cls === IntType) return r;
  if (cls === BoolType) return r !== 0;
  return call(cls, [r]);
}

// ---- float ----

/** float(x) with one argument (PyNumber_Float). */
export function toFloat(x: any): number {
  if (x instanceof PyFloat) return x.v;
  if (typeof x === 'number') return x;
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (typeof x === 'bigint') return intToFloat(x);
  if (typeof x === 'string') return parseFloatLiteral(x);
  let f = dunder(x, '__float__');
  if (f !== undefined) {
    const r = callSpecial(f, x);
    if (!isFloat(r)) throwPy('TypeError', `${tn(x)}.__float__ returned non-float (type ${tn(r)})`);
    return floatValue(r);
  }
  f = dunder(x, '__index__');
  if (f !== undefined) {
    const r = callSpecial(f, x);
    if (!isIntValue(r)) throwPy('TypeError', `__index__ returned non-int (type ${tn(r)})`);
    return intToFloat(plainInt(r));
  }
  if (typeof unbox(x) === 'string') return parseFloatLiteral(unbox(x));
  const data = bytesLike(x);
  if (data) return parseBytes(data, parseFloatLiteral);
  return throwPy('TypeError', `float() argument must be a string or a real number, not '${tn(x)}'`);
}

/**
 * float(x) with one argument: a plain JS number when finite and not integral (values.ts's two float
 * representations), so `int(float(s))` in a loop allocates no box. inf and nan stay boxed: `float('inf')`
 * is the usual sentinel handed to APIs, and a box is the form every float check accepts.
 */
export function floatOf(x: any): number | PyFloat {
  if (x instanceof PyFloat) return x;
  const v = toFloat(x);
  return Number.isFinite(v) ? float(v) : new PyFloat(v);
}

const dv = new DataView(new ArrayBuffer(8));
function floatBits(x: number): [boolean, number, bigint] {
  dv.setFloat64(0, x);
  const hi = dv.getUint32(0), lo = dv.getUint32(4);
  return [(hi >>> 31) === 1, (hi >>> 20) & 0x7ff, (BigInt(hi & 0xfffff) << 32n) | BigInt(lo)];
}

function floatHex(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  const [neg, e, m] = floatBits(x);
  const sign = neg ? '-' : '';
  if (e === 0 && m === 0n) return sign + '0x0.0p+0';
  const digits = m.toString(16).padStart(13, '0');
  if (e === 0) return `${sign}0x0.${digits}p-1022`;
  const exp = e - 1023;
  return `${sign}0x1.${digits}p${exp >= 0 ? '+' : ''}${exp}`;
}

/** m * 2**e correctly rounded to a double (half to even); Infinity when too large. */
function ldexpBig(m: bigint, e: number): number {
  if (m === 0n) return 0;
  const len = m.toString(2).length;
  const shift = Math.max(len - 53, -1074 - e);
  let q: bigint;
  if (shift > 0) {
    const s = BigInt(shift);
    q = m >> s;
    const rem = m & ((1n << s) - 1n);
    const half = 1n << (s - 1n);
    if (rem > half || (rem === half && (q & 1n) === 1n)) q += 1n;
  } else q = m << BigInt(-shift);
  let x = Number(q);
  let k = e + shift;
  while (k > 1000) {
    x *= 2 ** 1000;
    k -= 1000;
  }
  while (k < -1000) {
    x *= 2 ** -1000;
    k += 1000;
  }
  return x * 2 ** k;
}

const HEX_RE = /^([+-]?)(?:0x)?(?:([0-9a-f]+)(?:\.([0-9a-f]*))?|\.([0-9a-f]+))(?:p([+-]?[0-9]+))?$/i;

function floatFromHex(s: string): number {
  const t = s.trim();
  const special = /^([+-]?)(inf|infinity|nan)$/i.exec(t);
  if (special) {
    const v = special[2].toLowerCase() === 'nan' ? NaN : Infinity;
    return special[1] === '-' ? -v : v;
  }
  const m = HEX_RE.exec(t);
  if (!m) throwPy('ValueError', 'invalid hexadecimal floating-point string');
  const intPart = m[2] ?? '';
  const frac = m[3] ?? m[4] ?? '';
  const exp = m[5] === undefined ? 0 : Number(m[5]);
  const mant = BigInt('0x' + (intPart + frac || '0'));
  const e = exp - 4 * frac.length;
  const v = Math.abs(exp) > 1e7 ? (mant === 0n ? 0 : exp > 0 ? Infinity : 0) : ldexpBig(mant, e);
  if (!Number.isFinite(v)) throwPy('OverflowError', 'hexadecimal value too large to represent as a float');
  return m[1] === '-' ? -v : v;
}

function asIntegerRatio(x: number): any {
  if (Number.isNaN(x)) throwPy('ValueError', 'cannot convert NaN to integer ratio');
  if (!Number.isFinite(x)) throwPy('OverflowError', 'cannot convert Infinity to integer ratio');
  let n = x;
  let d = 1n;
  while (!Number.isInteger(n)) {
    n *= 2;
    d *= 2n;
  }
  return tuple([norm(BigInt(n)), norm(d)]);
}

// ---- complex ----

const NUM = '(?:(?:[0-9](?:_?[0-9])*(?:\\.(?:[0-9](?:_?[0-9])*)?)?|\\.[0-9](?:_?[0-9])*)(?:[eE][+-]?[0-9](?:_?[0-9])*)?|inf(?:inity)?|nan)';
const REAL_IMAG_RE = new RegExp(`^([+-]?${NUM})([+-]${NUM}?)[jJ]$`, 'i');
const IMAG_RE = new RegExp(`^([+-]?${NUM}|[+-]?)[jJ]$`, 'i');
const REAL_RE = new RegExp(`^[+-]?${NUM}$`, 'i');

function parseComplex(s: string): PyComplex {
  const bad = () => throwPy('ValueError', 'complex() arg is a malformed string');
  let t = s.replace(/^[\s\x1c-\x1f\x85\xa0\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\u1680]+|[\s\x1c-\x1f\x85\xa0\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\u1680]+$/g, '');
  if (t.startsWith('(')) {
    if (!t.endsWith(')')) bad();
    t = t.slice(1, -1).trim();
  }
  const num = (p: string) => {
    if (p === '' || p === '+') return 1;
    if (p === '-') return -1;
    return parseFloatLiteral(p);
  };
  if (REAL_RE.test(t)) return new PyComplex(num(t), 0);
  let m = REAL_IMAG_RE.exec(t);
  if (m) return new PyComplex(num(m[1]), num(m[2]));
  m = IMAG_RE.exec(t);
  if (m) return new PyComplex(0, num(m[1]));
  return bad();
}

/** The complex value of a complex argument (complex_new's handling of the first argument). */
function complexPart(v: any, which: 'first' | 'second'): PyComplex {
  v = boxFloat(v);
  if (v instanceof PyComplex) return v;
  if (v instanceof PyFloat) return new PyComplex(v.v, 0);
  if (isIntValue(v)) return new PyComplex(intToFloat(plainInt(v)), 0);
  if (which === 'first') {
    const f = dunder(v, '__complex__');
    if (f !== undefined) {
      const r = callSpecial(f, v);
      if (!(r instanceof PyComplex)) throwPy('TypeError', `__complex__ returned non-complex (type ${tn(r)})`);
      return r;
    }
  }
  if (dunder(v, '__float__') !== undefined || dunder(v, '__index__') !== undefined) return new PyComplex(toFloat(v), 0);
  return throwPy('TypeError', which === 'first'
    ? `complex() first argument must be a string or a number, not '${tn(v)}'`
    : `complex() second argument must be a number, not '${tn(v)}'`);
}

function newComplex(args: any[], kw: Kw): PyComplex {
  const [re, im] = kwArgs('complex', args, kw, ['real', 'imag']);
  // a str (or str subclass instance) is parsed, whatever special methods it has
  if (typeof unbox(re) === 'string') {
    if (im !== undefined) throwPy('TypeError', "complex() can't take second arg if first is a string");
    return parseComplex(unbox(re));
  }
  if (typeof unbox(im) === 'string') throwPy('TypeError', "complex() second arg can't be a string");
  const a = re === undefined ? new PyComplex(0, 0) : complexPart(re, 'first');
  if (im === undefined) return a;
  const b = complexPart(im, 'second');
  // (a.re + a.im j) + (b.re + b.im j) * j, adding only the parts that came from complex arguments (keeps -0.0)
  const real = im instanceof PyComplex ? a.re - b.im : a.re;
  const imag = re instanceof PyComplex ? b.re + a.im : b.re;
  return new PyComplex(real, imag);
}

// ---- installation ----

/** Install int, bool, float and complex. */
export function installNumbers(): void {
  IntType.newInstance = (_cls, args, kw) => newInt(args, kw);
  BoolType.newInstance = (_cls, args, kw) => {
    posArgs('bool', 'bool', args, kw, 0, 1);
    return args.length ? truthy(args[0]) : false;
  };
  FloatType.newInstance = (cls, args, kw) => {
    posArgs('float', 'float', args, kw, 0, 1);
    if (!args.length) return new PyFloat(0);
    if (cls === FloatType) return floatOf(args[0]);
    return args[0] instanceof PyFloat ? args[0] : new PyFloat(toFloat(args[0]));
  };
  ComplexType.newInstance = (_cls, args, kw) => newComplex(args, kw);
  permissiveInit(IntType, FloatType, ComplexType);

  const i = (v: any) => plainInt(unbox(v));
  defGetters(IntType, {
    real: i,
    imag: () => 0,
    numerator: i,
    denominator: () => 1,
  });
  defineMethods(IntType, {
    bit_length: (v, args, kw) => (noArgs('int.bit_length', args, kw), bitLength(i(v))),
    bit_count: (v, args, kw) => {
      noArgs('int.bit_count', args, kw);
      const s = bitLength(i(v)) ? (typeof v === 'bigint' ? (v < 0n ? -v : v) : Math.abs(i(v) as number)).toString(2) : '';
      let n = 0;
      for (const c of s) if (c === '1') n++;
      return n;
    },
    to_bytes: (v, args, kw) => toBytes(i(v), args, kw),
    conjugate: (v, args, kw) => (noArgs('int.conjugate', args, kw), i(v)),
    as_integer_ratio: (v, args, kw) => (noArgs('int.as_integer_ratio', args, kw), tuple([i(v), 1])),
    __index__: (v) => i(v),
    __int__: (v) => i(v),
    __float__: (v) => new PyFloat(intToFloat(i(v))),
    __trunc__: (v) => i(v),
    __floor__: (v) => i(v),
    __ceil__: (v) => i(v),
    __abs__: (v) => {
      const x = i(v);
      return typeof x === 'number' ? Math.abs(x) : norm(x < 0n ? -x : x);
    },
    __round__: (v, [nd]) => (nd === undefined || nd === null || index(nd) >= 0 ? i(v) : roundInt(i(v), index(nd))),
    __getnewargs__: (v) => tuple([i(v)]),
    // int's own methods take ints only: (5).__divmod__(2.0) is NotImplemented (float's reflected one answers)
    __divmod__: (v, [o]) => (asInt(unbox(o)) === undefined ? NotImplemented : divmodOf(v, o)),
    __rdivmod__: (v, [o]) => (asInt(unbox(o)) === undefined ? NotImplemented : divmodOf(o, v)),
  });
  IntType.dict.from_bytes = new PyClassMethod(builtin('from_bytes', fromBytes));

  defGetters(FloatType, {
    real: (f: any) => asPyFloat(f),
    imag: () => new PyFloat(0),
  });
  defineMethods(FloatType, {
    is_integer: (f: PyFloat, args, kw) => (noArgs('float.is_integer', args, kw), Number.isInteger(f.v)),
    as_integer_ratio: (f: PyFloat, args, kw) => (noArgs('float.as_integer_ratio', args, kw), asIntegerRatio(f.v)),
    hex: (f: PyFloat, args, kw) => (noArgs('float.hex', args, kw), floatHex(f.v)),
    conjugate: (f: PyFloat, args, kw) => (noArgs('float.conjugate', args, kw), f),
    __float__: (f: PyFloat) => f,
    __int__: (f: PyFloat) => floatToInt(f.v),
    __trunc__: (f: PyFloat) => floatToInt(f.v),
    __floor__: (f: PyFloat) => floatToInt(Math.floor(f.v)),
    __ceil__: (f: PyFloat) => floatToInt(Math.ceil(f.v)),
    __abs__: (f: PyFloat) => new PyFloat(Math.abs(f.v)),
    __round__: (f: PyFloat, [nd]) => {
      if (nd !== undefined && nd !== null) return float(roundFloat(f.v, index(nd)));
      if (!Number.isFinite(f.v)) throwPy(Number.isNaN(f.v) ? 'ValueError' : 'OverflowError', `cannot convert float ${Number.isNaN(f.v) ? 'NaN' : 'infinity'} to integer`);
      return floatToInt(roundHalfEven(f.v));
    },
    __getnewargs__: (f: PyFloat) => tuple([f]),
    __divmod__: (f: PyFloat, [o]) => divmodOf(f, o),
    __rdivmod__: (f: PyFloat, [o]) => divmodOf(o, f),
  });
  FloatType.dict.fromhex = new PyClassMethod(builtin('fromhex', (args, kw) => {
    const cls = args[0] as PyType;
    const s = args.slice(1);
    if (kw && kw.size) throwPy('TypeError', 'float.fromhex() takes no keyword arguments');
    if (s.length !== 1) throwPy('TypeError', `float.fromhex() takes exactly one argument (${s.length} given)`);
    if (typeof s[0] !== 'string') throwPy('TypeError', 'bad argument type for built-in operation');
    const v = new PyFloat(floatFromHex(s[0]));
    return cls === FloatType ? v : call(cls, [v]);
  }));

  FloatType.dict.__getformat__ = new PyClassMethod(builtin('__getformat__', (args) => {
    if (args[1] !== 'double' && args[1] !== 'float') throwPy('ValueError', "__getformat__() argument 1 must be 'double' or 'float'");
    return 'IEEE, little-endian';
  }));

  defGetters(ComplexType, {
    real: (z: PyComplex) => new PyFloat(z.re),
    imag: (z: PyComplex) => new PyFloat(z.im),
  });
  defineMethods(ComplexType, {
    conjugate: (z: PyComplex, args, kw) => (noArgs('complex.conjugate', args, kw), new PyComplex(z.re, -z.im)),
    __complex__: (z: PyComplex) => z,
    __abs__: complexAbs,
    __getnewargs__: (z: PyComplex) => tuple([new PyFloat(z.re), new PyFloat(z.im)]),
  });
  // the methods above are written against a PyFloat / PyComplex self; a float may also be a plain JS
  // number (values.float) and an instance of a subclass a PyBoxed: normalise self for them
  normaliseSelf(FloatType, asPyFloat);
  normaliseSelf(ComplexType, unbox);
}

/** int.__divmod__ / float.__divmod__: floor quotient and remainder of two real numbers, else NotImplemented. */
function divmodOf(a: any, b: any): any {
  a = unbox(a);
  b = unbox(b);
  const ia = asInt(a), ib = asInt(b);
  if (ia !== undefined && ib !== undefined) return tuple([intFloorDiv(ia, ib), intMod(ia, ib)]);
  const fa = asFloat(a), fb = asFloat(b);
  if (fa === undefined || fb === undefined) return NotImplemented;
  const [q, r] = floatFloorMod(fa, fb, 'divmod');
  return tuple([new PyFloat(q), new PyFloat(r)]);
}

/** A float in its boxed form (from a plain-number float or a float subclass instance). */
function asPyFloat(v: any): PyFloat {
  v = unbox(v);
  return typeof v === 'number' ? new PyFloat(v) : v;
}

/** Wrap every builtin method in t's own dict so it receives `norm(self)`. */
function normaliseSelf(t: PyType, norm: (v: any) => any): void {
  for (const name of Object.keys(t.dict)) {
    const b = t.dict[name];
    if (!(b instanceof PyBuiltin) || b.meth === null || b.nativeDunder) continue;
    const meth = b.meth;
    const fn = b.fn;
    b.meth = (self, args, kw) => meth(norm(self), args, kw);
    b.fn = (args, kw) => fn(args.length ? [norm(args[0]), ...args.slice(1)] : args, kw);
  }
}
