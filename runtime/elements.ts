/**
 * Single elements in linear memory: readers and writers per dtype (byte order included), and the value
 * conversions between dtypes that NumPy's casts perform (unsafe casting: floats truncate toward zero,
 * integers wrap, NaN and out-of-range floats become the C conversion's "indefinite" integer).
 *
 * Values travel in the dtype's domain (see dtype.ts): bool → 0/1, small ints → number, 64-bit ints →
 * bigint, floats → number, complex → `Complex`, objects → the value (stored by id, objectStore.ts). This is the reference path; kernels do the same in WASM.
 */
import { DType, Domain, int64 } from './dtype';
import { convertDatetime, convertTimedelta, TimeUnit } from './datetime';
import { RuntimePyError } from './errors';
import { toHalfBits, fromHalfBits, roundHalf } from './half';
import { objectAt, objectId, objectConverter } from './objectStore';

export class Complex {
  constructor(
    readonly re: number,
    readonly im: number,
  ) {}
}

export type Reader = (dv: DataView, addr: number) => any;
export type Writer = (dv: DataView, addr: number, v: any) => void;

/** UTF-32 code points of a 'U' element, trailing NULs dropped (NumPy's str_ value). */
function readUnicode(n: number): Reader {
  return (dv, a) => {
    let end = n;
    while (end > 0 && dv.getUint32(a + 4 * (end - 1), true) === 0) end--;
    let s = '';
    for (let i = 0; i < end; i++) s += String.fromCodePoint(dv.getUint32(a + 4 * i, true));
    return s;
  };
}
function writeUnicode(n: number): Writer {
  return (dv, a, v: string) => {
    let i = 0;
    for (const ch of v) {
      if (i >= n) break;
      dv.setUint32(a + 4 * i++, ch.codePointAt(0)!, true);
    }
    for (; i < n; i++) dv.setUint32(a + 4 * i, 0, true);
  };
}

/** The bytes of an 'S' element as a string of char codes 0–255, trailing NULs dropped (NumPy's bytes_ value). */
function readBytes(n: number): Reader {
  return (dv, a) => {
    let end = n;
    while (end > 0 && dv.getUint8(a + end - 1) === 0) end--;
    let s = '';
    for (let i = 0; i < end; i++) s += String.fromCharCode(dv.getUint8(a + i));
    return s;
  };
}
function writeBytes(n: number): Writer {
  return (dv, a, v: string) => {
    const m = Math.min(v.length, n);
    for (let i = 0; i < m; i++) dv.setUint8(a + i, v.charCodeAt(i));
    for (let i = m; i < n; i++) dv.setUint8(a + i, 0);
  };
}

/** Structured elements read as arrays of their field values; sub-arrays as nested arrays. */
function readRecord(d: DType): Reader {
  if (d.subBase) {
    const rd = reader(d.subBase);
    const shape = d.subShape!, size = d.subBase.itemsize;
    const build = (dv: DataView, a: number, k: number): any[] => {
      const n = shape[k], step = size * shape.slice(k + 1).reduce((x, y) => x * y, 1);
      const out = new Array(n);
      for (let i = 0; i < n; i++) out[i] = k === shape.length - 1 ? rd(dv, a + i * size) : build(dv, a + i * step, k + 1);
      return out;
    };
    return (dv, a) => build(dv, a, 0);
  }
  if (!d.fields) {
    // unstructured void: the raw bytes
    const n = d.itemsize;
    return (dv, a) => Array.from({ length: n }, (_, i) => dv.getUint8(a + i));
  }
  const fields = d.fields;
  const rds = fields.map((f) => reader(f.dtype));
  return (dv, a) => fields.map((f, i) => rds[i](dv, a + f.offset));
}
function writeRecord(d: DType): Writer {
  if (d.subBase) {
    const wr = writer(d.subBase);
    const size = d.subBase.itemsize;
    return (dv, a, v) => {
      const flat: any[] = Array.isArray(v) ? v.flat(Infinity) : [v];
      const n = d.itemsize / size;
      for (let i = 0; i < n; i++) wr(dv, a + i * size, flat.length === 1 ? flat[0] : flat[i]);
    };
  }
  if (!d.fields) return (dv, a, v: number[]) => v.forEach((b, i) => dv.setUint8(a + i, b));
  const fields = d.fields;
  const wrs = fields.map((f) => writer(f.dtype));
  return (dv, a, v: any[]) => fields.forEach((f, i) => wrs[i](dv, a + f.offset, v[i]));
}

export function reader(d: DType): Reader {
  if (d.kind === 'O') return (dv, a) => objectAt(dv.getUint32(a, true));
  if (d.kind === 'U') return readUnicode(d.chars);
  if (d.kind === 'S') return readBytes(d.itemsize);
  if (d.kind === 'V') return readRecord(d);
  const le = d.byteorder !== '>';
  switch (d.char) {
    case '?':
      return (dv, a) => (dv.getUint8(a) !== 0 ? 1 : 0);
    case 'b':
      return (dv, a) => dv.getInt8(a);
    case 'B':
      return (dv, a) => dv.getUint8(a);
    case 'h':
      return (dv, a) => dv.getInt16(a, le);
    case 'H':
      return (dv, a) => dv.getUint16(a, le);
    case 'i':
      return (dv, a) => dv.getInt32(a, le);
    case 'I':
      return (dv, a) => dv.getUint32(a, le);
    case 'l':
    case 'M':
    case 'm':
      return (dv, a) => dv.getBigInt64(a, le);
    case 'L':
      return (dv, a) => dv.getBigUint64(a, le);
    case 'e':
      return (dv, a) => fromHalfBits(dv.getUint16(a, le));
    case 'f':
      return (dv, a) => dv.getFloat32(a, le);
    case 'd':
      return (dv, a) => dv.getFloat64(a, le);
    case 'F':
      return (dv, a) => new Complex(dv.getFloat32(a, le), dv.getFloat32(a + 4, le));
    case 'D':
      return (dv, a) => new Complex(dv.getFloat64(a, le), dv.getFloat64(a + 8, le));
  }
  throw new Error(`no reader for ${d.name}`);
}

export function writer(d: DType): Writer {
  if (d.kind === 'O') {
    return (dv, a, v) => {
      dv.setUint32(a, objectId(v), true);
      dv.setUint32(a + 4, 0, true);
    };
  }
  if (d.kind === 'U') return writeUnicode(d.chars);
  if (d.kind === 'S') return writeBytes(d.itemsize);
  if (d.kind === 'V') return writeRecord(d);
  const le = d.byteorder !== '>';
  switch (d.char) {
    case '?':
      return (dv, a, v) => dv.setUint8(a, v ? 1 : 0);
    case 'b':
      return (dv, a, v) => dv.setInt8(a, v);
    case 'B':
      return (dv, a, v) => dv.setUint8(a, v);
    case 'h':
      return (dv, a, v) => dv.setInt16(a, v, le);
    case 'H':
      return (dv, a, v) => dv.setUint16(a, v, le);
    case 'i':
      return (dv, a, v) => dv.setInt32(a, v, le);
    case 'I':
      return (dv, a, v) => dv.setUint32(a, v, le);
    case 'l':
    case 'M':
    case 'm':
      return (dv, a, v) => dv.setBigInt64(a, v, le);
    case 'L':
      return (dv, a, v) => dv.setBigUint64(a, v, le);
    case 'e':
      return (dv, a, v) => dv.setUint16(a, toHalfBits(v), le);
    case 'f':
      return (dv, a, v) => dv.setFloat32(a, v, le);
    case 'd':
      return (dv, a, v) => dv.setFloat64(a, v, le);
    case 'F':
      return (dv, a, v: Complex) => {
        dv.setFloat32(a, v.re, le);
        dv.setFloat32(a + 4, v.im, le);
      };
    case 'D':
      return (dv, a, v: Complex) => {
        dv.setFloat64(a, v.re, le);
        dv.setFloat64(a + 8, v.im, le);
      };
  }
  throw new Error(`no writer for ${d.name}`);
}

/**
 * Casts to and from fixed-width text: numbers print as NumPy's str() of the value would (set by the
 * Python layer, which owns float formatting), strings parse as Python's int()/float() do, and 'S' ↔ 'U'
 * goes through the Python layer's ASCII codec (which raises NumPy's UnicodeEncode/DecodeError).
 */
let valueToStr: (d: DType, v: any) => string = (_d, v) => String(v);
let strToValue: (s: string, from: DType, to: DType) => any = (s) => Number(s);
let recode: (s: string, to: DType) => string = (s) => s;
export function setStringCasts(
  toStr: (d: DType, v: any) => string,
  fromStr: (s: string, from: DType, to: DType) => any,
  ascii: (s: string, to: DType) => string,
): void {
  valueToStr = toStr;
  strToValue = fromStr;
  recode = ascii;
}
function strConverter(from: DType, to: DType): (v: any) => any {
  const cut = to.kind === 'U' ? (v: string) => [...v].slice(0, to.chars).join('') : (v: string) => v.slice(0, to.chars);
  if (from.kind === to.kind) return cut;
  if (from.isText && to.isText) return (v: string) => cut(recode(v, to));
  if (to.isText) return (v: any) => cut(valueToStr(from, v));
  return (v: string) => strToValue(v, from, to);
}

const INT64_MIN = -(2n ** 63n);
const TWO63 = 2n ** 63n;

/**
 * `invalid` is set when a float → integer conversion met a value the hardware conversion flags as invalid
 * (NaN, ±inf, out of range), `over` when a conversion to float32/float16 made a finite value infinite;
 * whoever runs a cast clears them first and reports NumPy's "invalid value encountered in cast" /
 * "overflow encountered in cast" after.
 */
export const castFlags = { invalid: false, over: false };

/**
 * `round` to float32/float16 flagging a finite value that became infinite (castFlags.over, NumPy's
 * "overflow encountered in cast")
 */
function narrowing(round: (x: number) => number): (x: number) => number {
  return (x) => {
    const r = round(x);
    if (r - r !== 0 && x - x === 0) castFlags.over = true;
    return r;
  };
}

/**
 * float → integer as C's truncating conversion does on x86-64 (NaN/overflow → the "indefinite" value):
 * int8…int32 convert through int32, uint32 and int64 through int64, and uint64 through int64 after
 * subtracting 2**63 from values at or above it.
 */
function floatToInt(d: DType): (v: number) => any {
  if (d.itemsize === 8 && d.kind === 'u') {
    return (v) => {
      if (v >= 2 ** 63) {
        if (v - 2 ** 63 >= 2 ** 63) return (castFlags.invalid = true), 0n;
        return BigInt(Math.trunc(v - 2 ** 63)) + TWO63;
      }
      if (!(v >= -(2 ** 63))) return (castFlags.invalid = true), TWO63;
      return BigInt.asUintN(64, BigInt(Math.trunc(v)));
    };
  }
  if (d.itemsize === 8 || (d.kind === 'u' && d.itemsize === 4)) {
    const narrow = d.itemsize === 4;
    return (v) => {
      if (!(v >= -(2 ** 63) && v < 2 ** 63)) return (castFlags.invalid = true), narrow ? 0 : INT64_MIN;
      const t = BigInt(Math.trunc(v));
      return narrow ? Number(BigInt.asUintN(32, t)) : t;
    };
  }
  return (v) => {
    const t = Math.trunc(v);
    if (!(t >= -2147483648 && t <= 2147483647)) return (castFlags.invalid = true), -2147483648;
    return t;
  };
}

/** Wrap an integer (number or bigint) into the range of integer dtype d, in d's domain. */
export function wrapInt(d: DType, v: number | bigint): number | bigint {
  const bits = d.itemsize * 8;
  if (d.itemsize === 8) {
    const b = typeof v === 'bigint' ? v : BigInt(v);
    return d.kind === 'u' ? BigInt.asUintN(64, b) : BigInt.asIntN(64, b);
  }
  const n = typeof v === 'bigint' ? Number(d.kind === 'u' ? BigInt.asUintN(bits, v) : BigInt.asIntN(bits, v)) : v;
  if (d.kind === 'u') return bits === 32 ? n >>> 0 : n & ((1 << bits) - 1);
  return bits === 32 ? n | 0 : (n << (32 - bits)) >> (32 - bits);
}

/** Casts with datetime64/timedelta64 on a side: units convert (NaT stays NaT); numbers cast as int64 does */
function timeConverter(from: DType, to: DType): (v: any) => any {
  const fu = from.timeUnit as TimeUnit, tu = to.timeUnit as TimeUnit;
  if (from.kind === 'M' && to.kind === 'M') return (v: bigint) => convertDatetime(v, fu, tu);
  if (from.kind === 'm' && to.kind === 'm') {
    return (v: bigint) => {
      const r = convertTimedelta(v, fu, tu);
      if (r === null) throw new RuntimePyError('TypeError', `Cannot cast NumPy timedelta64 scalar from metadata [${fu}] to [${tu}] according to the rule 'same_kind'`);
      return r;
    };
  }
  if (to.timeUnit === null) return converter(int64, to);
  if (from.timeUnit !== null) return (v: bigint) => v;
  return converter(from, int64);
}

/**
 * Casts between records: field by field, by position (a record's value is the array of its fields'
 * values); sub-arrays of one shape element by element. Other pairs keep the value as it is.
 */
function recordConverter(from: DType, to: DType): (v: any) => any {
  if (from.fields && to.fields && from.fields.length === to.fields.length) {
    const cs = from.fields.map((f, i) => converter(f.dtype, to.fields![i].dtype));
    return (v: any[]) => v.map((x, i) => cs[i](x));
  }
  if (from.subBase && to.subBase && from.subShape!.join() === to.subShape!.join()) {
    const c = converter(from.subBase, to.subBase);
    const each = (x: any): any => (Array.isArray(x) ? x.map(each) : c(x));
    return each;
  }
  return (v: any) => v;
}

/** A function converting a value in `from`'s domain to `to`'s domain (NumPy's unsafe cast). */
export function converter(from: DType, to: DType): (v: any) => any {
  const fd: Domain = from.domain, td: Domain = to.domain;
  const round = to.kind === 'f' ? (to.itemsize === 4 ? narrowing(Math.fround) : to.itemsize === 2 ? narrowing(roundHalf) : null) : null;
  if (fd === 'object' || td === 'object') return objectConverter(from, to);
  if (fd === 'str' || td === 'str') return strConverter(from, to);
  if (from.timeUnit !== null || to.timeUnit !== null) return timeConverter(from, to);
  if (fd === 'record' || td === 'record') return recordConverter(from, to);
  switch (td) {
    case 'bool':
      if (fd === 'complex') return (v: Complex) => (v.re !== 0 || v.im !== 0 ? 1 : 0);
      if (fd === 'bigint') return (v: bigint) => (v !== 0n ? 1 : 0);
      return (v: number) => (v !== 0 ? 1 : 0);
    case 'int':
    case 'bigint': {
      if (fd === 'float') {
        const f = floatToInt(to);
        return to.itemsize === 8 ? f : (v: number) => wrapInt(to, f(v));
      }
      if (fd === 'complex') {
        const f = floatToInt(to);
        return (v: Complex) => wrapInt(to, f(v.re));
      }
      if (td === 'bigint') return (v: any) => wrapInt(to, typeof v === 'bigint' ? v : BigInt(v));
      if (fd === 'bigint' || from.itemsize >= to.itemsize || from.kind !== to.kind) return (v: any) => wrapInt(to, v);
      return (v: any) => v;
    }
    case 'float':
      if (fd === 'complex') return round ? (v: Complex) => round(v.re) : (v: Complex) => v.re;
      if (fd === 'bigint') return round ? (v: bigint) => round(Number(v)) : (v: bigint) => Number(v);
      if (round && (fd === 'float' || fd === 'int') && !(from.kind === 'f' && from.itemsize <= to.itemsize)) return round;
      return (v: number) => v;
    case 'complex': {
      const r = to.itemsize === 8 ? narrowing(Math.fround) : (x: number) => x;
      if (fd === 'complex') return to.itemsize === 8 && from.itemsize > 8 ? (v: Complex) => new Complex(r(v.re), r(v.im)) : (v: Complex) => v;
      if (fd === 'bigint') return (v: bigint) => new Complex(r(Number(v)), 0);
      return (v: number) => new Complex(r(v), 0);
    }
  }
}
