/**
 * Data types of array elements: the fixed-size numeric dtypes NumPy has (bool, signed and unsigned
 * integers of 8–64 bits, float16/32/64, complex64/128), fixed-width text ('U' str, 'S' bytes), structured
 * and void records, Python objects ('O': 8-byte slots naming values in runtime/objectStore.ts), their byte
 * order, and the casting and promotion lattice NumPy 2 uses (`promote_types`, `can_cast`).
 *
 * A `DType` is immutable and interned per (type, byte order): compare them with `equiv`/`===` of the base.
 * `char` is NumPy's type character ('l' for int64, as NumPy on 64-bit Linux reports it); `num` orders the
 * types the way NumPy's type numbers do, which is also the order ufunc loops are searched in.
 * Values cross into JS in one "domain" per kind: bool → 0/1, integers up to 32 bits → number,
 * 64-bit integers → bigint, floats → number, complex → [re, im] pairs kept by the caller, fixed-width
 * text → a JS string ('U': one code point per character; 'S': one char per byte, codes 0–255), objects →
 * the Python value itself.
 * datetime64 ('M') and timedelta64 ('m') hold int64 counts of their `timeUnit` (runtime/datetime.ts) and
 * travel as bigint; their casting and promotion follow the units.
 */
import { RuntimePyError } from './errors';
import { commonUnit, TimeUnit } from './datetime';

export type Kind = 'b' | 'i' | 'u' | 'f' | 'c' | 'S' | 'U' | 'V' | 'O' | 'M' | 'm';
export type Domain = 'bool' | 'int' | 'bigint' | 'float' | 'complex' | 'str' | 'record' | 'object';

/** A named field of a structured dtype at a byte offset. */
export interface Field {
  name: string;
  dtype: DType;
  offset: number;
  /** a field's title: a second key for it (dtype([(('Title', 'name'), 'i4')])) */
  title?: string;
}

export class DType {
  /** the same type in native byte order (this itself when native) */
  native: DType;
  /** structured dtypes: the fields in order (null for every other dtype) */
  fields: Field[] | null = null;
  /** sub-array dtypes ('<i2', (8,)): the element dtype and the shape (null otherwise) */
  subBase: DType | null = null;
  subShape: number[] | null = null;
  /** structured dtype laid out with C alignment (align=True) */
  aligned = false;
  /** numpy.record flavour (recarray dtypes print as (numpy.record, [...])) */
  isRecord = false;
  /** datetime64/timedelta64: the unit ('D', 'h', …; '' generic); null for every other dtype */
  timeUnit: string | null = null;
  constructor(
    readonly name: string,
    readonly kind: Kind,
    readonly char: string,
    readonly itemsize: number,
    readonly num: number,
    /** '<' little, '>' big, '|' not applicable */
    readonly byteorder: '<' | '>' | '|',
    native?: DType,
  ) {
    this.native = native ?? this;
  }
  get isNative(): boolean {
    return this.byteorder !== '>';
  }
  /** NumPy's `dtype.str`, e.g. '<f8', '|b1', '>i2' */
  get str(): string {
    if (this.kind === 'U') return `<U${this.itemsize / 4}`;
    if (this.kind === 'S') return `|S${this.itemsize}`;
    if (this.kind === 'O') return '|O';
    if (this.kind === 'V') return `|V${this.itemsize}`;
    if (this.timeUnit !== null) return `${this.byteorder}${this.kind}8${this.timeUnit ? `[${this.timeUnit}]` : ''}`;
    return this.byteorder + this.kind + this.itemsize;
  }
  /** characters of a fixed-width text dtype ('<U5' → 5, '|S5' → 5) */
  get chars(): number {
    return this.kind === 'S' ? this.itemsize : this.itemsize / 4;
  }
  /** fixed-width text: unicode 'U' or bytes 'S' */
  get isText(): boolean {
    return this.kind === 'U' || this.kind === 'S';
  }
  get domain(): Domain {
    switch (this.kind) {
      case 'U':
      case 'S':
        return 'str';
      case 'V':
        return 'record';
      case 'O':
        return 'object';
      case 'b':
        return 'bool';
      case 'f':
        return 'float';
      case 'c':
        return 'complex';
    }
    return this.itemsize === 8 ? 'bigint' : 'int';
  }
  /** The same type with the other byte order (itself for one-byte types). */
  swapped(): DType {
    if (this.itemsize === 1 || this.isText || this.kind === 'V') return this;
    return withOrder(this.native, this.byteorder === '>' ? '<' : '>');
  }
  /** bits of mantissa precision for floats (and of each part for complex) */
  get floatBits(): number {
    const part = this.kind === 'c' ? this.itemsize / 2 : this.itemsize;
    return part === 2 ? 11 : part === 4 ? 24 : 53;
  }
  /** the real type of a complex type's parts; the type itself otherwise */
  get realType(): DType {
    if (this.kind !== 'c') return this;
    return this.itemsize === 8 ? float32 : float64;
  }
}

function mk(name: string, kind: Kind, char: string, size: number, num: number): DType {
  return new DType(name, kind, char, size, num, size === 1 ? '|' : '<');
}

export const bool = mk('bool', 'b', '?', 1, 0);
export const int8 = mk('int8', 'i', 'b', 1, 1);
export const uint8 = mk('uint8', 'u', 'B', 1, 2);
export const int16 = mk('int16', 'i', 'h', 2, 3);
export const uint16 = mk('uint16', 'u', 'H', 2, 4);
export const int32 = mk('int32', 'i', 'i', 4, 5);
export const uint32 = mk('uint32', 'u', 'I', 4, 6);
export const int64 = mk('int64', 'i', 'l', 8, 7);
export const uint64 = mk('uint64', 'u', 'L', 8, 8);
export const float16 = mk('float16', 'f', 'e', 2, 23);
export const float32 = mk('float32', 'f', 'f', 4, 11);
export const float64 = mk('float64', 'f', 'd', 8, 12);
export const complex64 = mk('complex64', 'c', 'F', 8, 14);
export const complex128 = mk('complex128', 'c', 'D', 16, 15);
/** np.dtype(object): Python objects, kept by reference (runtime/objectStore.ts) */
export const object = new DType('object', 'O', 'O', 8, 17, '|');

/** All native dtypes in NumPy's type-number order (the order ufunc loops are listed in). */
export const ALL: DType[] = [bool, int8, uint8, int16, uint16, int32, uint32, int64, uint64, float16, float32, float64, complex64, complex128];

const swappedCache = new Map<DType, DType>();
function withOrder(base: DType, order: '<' | '>'): DType {
  if (order === '<') return base;
  let d = swappedCache.get(base);
  if (!d) {
    d = new DType(base.name, base.kind, base.char, base.itemsize, base.num, '>', base);
    d.timeUnit = base.timeUnit;
    swappedCache.set(base, d);
  }
  return d;
}

/** A dtype with an explicit byte order ('=' / '<' / '|' native here, '>' big-endian). */
export function ordered(base: DType, order: string): DType {
  return order === '>' ? withOrder(base.native, '>') : base.native;
}

/** Type characters understood by `np.dtype('…')` (NumPy's on 64-bit Linux); 'q'/'Q' alias 'l'/'L'. */
export const BY_CHAR: Record<string, DType> = {
  '?': bool, b: int8, B: uint8, h: int16, H: uint16, i: int32, I: uint32, l: int64, L: uint64,
  q: int64, Q: uint64, p: int64, P: uint64, n: int64, N: uint64, e: float16, f: float32, d: float64, F: complex64, D: complex128,
};

/** Names and kind+size codes: 'float64', 'f8', 'i4', 'b1', 'c16', 'int', 'float' (NumPy's aliases). */
export const BY_NAME: Record<string, DType> = {
  bool, int8, uint8, int16, uint16, int32, uint32, int64, uint64, float16, float32, float64, complex64, complex128,
  b1: bool, i1: int8, u1: uint8, i2: int16, u2: uint16, i4: int32, u4: uint32, i8: int64, u8: uint64,
  f2: float16, f4: float32, f8: float64, c8: complex64, c16: complex128,
  int: int64, float: float64, complex: complex128, half: float16, single: float32, double: float64,
  byte: int8, ubyte: uint8, short: int16, ushort: uint16, intc: int32, uintc: uint32, long: int64, ulong: uint64,
  longlong: int64, ulonglong: uint64, intp: int64, uintp: uint64, csingle: complex64, cdouble: complex128,
  bool_: bool, float_: float64, complex_: complex128, int_: int64, uint: uint64,
};

const unicodeCache = new Map<number, DType>();
/** The fixed-width unicode dtype of n characters ('<Un', NumPy's str_ arrays; UTF-32 storage). */
export function unicode(n: number): DType {
  let d = unicodeCache.get(n);
  if (!d) {
    d = new DType(`str${n * 32}`, 'U', 'U', n * 4, 19, '<');
    unicodeCache.set(n, d);
  }
  return d;
}

const bytesCache = new Map<number, DType>();
/** The fixed-width bytes dtype of n bytes ('|Sn', NumPy's bytes_ arrays; NUL-padded storage). */
export function bytes(n: number): DType {
  let d = bytesCache.get(n);
  if (!d) {
    d = new DType(n ? `bytes${n * 8}` : 'bytes', 'S', 'S', n, 18, '|');
    bytesCache.set(n, d);
  }
  return d;
}

const timeCache = new Map<string, DType>();
/** datetime64 ('M') or timedelta64 ('m') in a unit ('' for the generic unit). */
export function timeType(kind: 'M' | 'm', unit: string): DType {
  let d = timeCache.get(kind + unit);
  if (!d) {
    d = new DType(`${kind === 'M' ? 'datetime64' : 'timedelta64'}${unit ? `[${unit}]` : ''}`, kind, kind, 8, kind === 'M' ? 21 : 22, '<');
    d.timeUnit = unit;
    timeCache.set(kind + unit, d);
  }
  return d;
}

const TIME_UNITS = ['Y', 'M', 'W', 'D', 'h', 'm', 's', 'ms', 'us', 'ns'];

/** 'M8[D]', 'datetime64[h]', 'm8', 'timedelta64' → the dtype; null when not a time type name */
function parseTimeType(body: string): DType | null {
  const m = /^(M8|m8|datetime64|timedelta64)(?:\[(\w+)\])?$/.exec(body);
  if (!m) return null;
  const unit = m[2] ?? '';
  if (unit && !TIME_UNITS.includes(unit)) return null;
  return timeType(m[1][0] === 'M' || m[1][0] === 'd' ? 'M' : 'm', unit);
}

/** A structured dtype from fields (offsets already computed) and a total item size. */
export function structured(fields: Field[], itemsize: number, aligned = false, isRecord = false): DType {
  const d = new DType(`void${itemsize * 8}`, 'V', 'V', itemsize, 20, '|');
  d.fields = fields;
  d.aligned = aligned;
  d.isRecord = isRecord;
  return d;
}

/** A sub-array dtype: `shape` elements of `base` stored inline (a field type such as ('<i2', (8,))). */
export function subarray(base: DType, shape: number[]): DType {
  const n = shape.reduce((a, b) => a * b, 1);
  const d = new DType(`void${n * base.itemsize * 8}`, 'V', 'V', n * base.itemsize, 20, '|');
  d.subBase = base;
  d.subShape = shape;
  return d;
}

/** An unstructured void dtype of n bytes ('V' + n, np.dtype((np.void, n))). */
export function rawVoid(n: number): DType {
  return new DType(n ? `void${n * 8}` : 'void', 'V', 'V', n, 20, '|');
}

/** Structural equality (structured and sub-array dtypes are not interned). */
export function sameDType(a: DType, b: DType): boolean {
  if (a === b) return true;
  if (a.kind !== 'V' || b.kind !== 'V' || a.itemsize !== b.itemsize) return false;
  if (a.subBase || b.subBase) return !!a.subBase && !!b.subBase && sameDType(a.subBase, b.subBase) && a.subShape!.join() === b.subShape!.join();
  if (!a.fields || !b.fields || a.fields.length !== b.fields.length) return !a.fields && !b.fields && a.itemsize === b.itemsize;
  return a.fields.every((f, i) => f.name === b.fields![i].name && f.title === b.fields![i].title && f.offset === b.fields![i].offset && sameDType(f.dtype, b.fields![i].dtype));
}

/** Parse a dtype string ('f8', '<i4', '>u2', 'float32', 'i', '?', 'U5', 'str', 'S5', 'bytes'); null when unknown. */
export function parseDType(s: string): DType | null {
  let order = '=';
  let body = s;
  if (body.length > 1 && '<>=|'.includes(body[0])) {
    order = body[0];
    body = body.slice(1);
  }
  const um = /^(?:U|str)(\d*)$/.exec(body);
  if (um) return unicode(um[1] ? Number(um[1]) : 0);
  const sm = /^(?:S|bytes)(\d*)$/.exec(body);
  if (sm) return bytes(sm[1] ? Number(sm[1]) : 0);
  // 'O4' / 'O8' (the pointer size spelled out, as pickles of object dtypes do) are object too
  if (body === 'O' || body === 'object' || body === 'O4' || body === 'O8') return object;
  // unstructured void: 'V' + bytes
  const vm = /^V(\d*)$/.exec(body);
  if (vm) return rawVoid(vm[1] ? Number(vm[1]) : 0);
  const base = BY_CHAR[body] ?? BY_NAME[body] ?? parseTimeType(body);
  if (!base) return null;
  return ordered(base, order);
}

const KIND_RANK: Record<Kind, number> = { b: 0, u: 1, i: 1, f: 2, c: 3, S: 4, U: 4, V: 5, O: 6, M: 7, m: 7 };
export function kindRank(k: Kind): number {
  return KIND_RANK[k];
}

/** characters NumPy's str() of any value of a numeric dtype can need (the width of its U cast) */
export function strWidth(d: DType): number {
  switch (d.kind) {
    case 'b':
      return 5;
    case 'i':
    case 'u':
      return [0, 4, 6, 0, 11, 0, 0, 0, 21][d.itemsize] - (d.kind === 'u' ? 1 : 0);
    case 'f':
      return d.itemsize === 8 ? 32 : d.itemsize === 4 ? 32 : 32;
    case 'c':
      return 64;
    case 'U':
    case 'S':
      return d.chars;
    case 'V':
      return d.itemsize;
    case 'O':
      return 0;
    case 'm':
      return 21;
    case 'M':
      return [22, 25, 28, 28, 32, 35, 38, 42, 45, 48][TIME_UNITS.indexOf(d.timeUnit!)] ?? 0;
  }
}

/** can_cast(a, b) with datetime/timedelta on either side: units only to ones holding them exactly, integers to timedelta */
function timeSafe(a: DType, b: DType): boolean {
  if (a.kind === b.kind) {
    const ia = TIME_UNITS.indexOf(a.timeUnit!), ib = TIME_UNITS.indexOf(b.timeUnit!);
    if (ia < 0) return true;
    if (ib < 0) return false;
    // years/months and the fixed-length units convert exactly only for datetimes, from years or months to days or finer
    if ((ia <= 1) !== (ib <= 1)) return a.kind === 'M' && ia <= 1 && ib >= 3;
    return ib >= ia;
  }
  if (b.kind === 'm') return a.kind === 'b' || a.kind === 'i' || (a.kind === 'u' && a.itemsize < 8);
  return false;
}

/** NumPy's safe-casting relation between native types. */
function safe(from: DType, to: DType): boolean {
  const a = from.native, b = to.native;
  if (a === b) return true;
  // everything casts safely to object, object to nothing else
  if (a.kind === 'O' || b.kind === 'O') return b.kind === 'O';
  if (a.kind === 'V' || b.kind === 'V') return sameDType(a, b);
  if (a.timeUnit !== null || b.timeUnit !== null) return timeSafe(a, b);
  // text holds any text no wider and any number whose str() fits; 'U' never casts safely to 'S'
  if (b.isText) return a.kind === 'U' && b.kind === 'S' ? false : b.chars >= strWidth(a);
  if (a.kind === 'U' || a.kind === 'S') return false;
  switch (a.kind) {
    case 'b':
      return true;
    case 'u':
      if (b.kind === 'u') return b.itemsize >= a.itemsize;
      if (b.kind === 'i') return b.itemsize > a.itemsize;
      if (b.kind === 'f') return intToFloatSafe(a.itemsize, b.itemsize);
      if (b.kind === 'c') return safe(a, b.realType);
      return false;
    case 'i':
      if (b.kind === 'i') return b.itemsize >= a.itemsize;
      if (b.kind === 'f') return intToFloatSafe(a.itemsize, b.itemsize);
      if (b.kind === 'c') return safe(a, b.realType);
      return false;
    case 'f':
      if (b.kind === 'f') return b.itemsize >= a.itemsize;
      if (b.kind === 'c') return b.realType.itemsize >= a.itemsize;
      return false;
    case 'c':
      return b.kind === 'c' && b.itemsize >= a.itemsize;
  }
  // datetime/timedelta returned above
  return false;
}
function intToFloatSafe(isz: number, fsz: number): boolean {
  // int8/uint8 → float16, int16 → float32, int32/int64 → float64 (NumPy treats int64 → float64 as safe)
  if (isz === 1) return true;
  if (isz === 2) return fsz >= 4;
  return fsz >= 8;
}

export type Casting = 'no' | 'equiv' | 'safe' | 'same_kind' | 'unsafe';

export function canCast(from: DType, to: DType, casting: Casting = 'safe'): boolean {
  // records cast field by field, by position, under the same rule
  if (from.fields && to.fields && casting !== 'no' && casting !== 'equiv' && !sameDType(from, to)) {
    return from.fields.length === to.fields.length && from.fields.every((f, i) => canCast(f.dtype, to.fields![i].dtype, casting));
  }
  switch (casting) {
    case 'no':
      return from === to;
    case 'equiv':
      return from.native === to.native;
    case 'safe':
      return safe(from, to);
    case 'same_kind':
      // signed → unsigned is a kind change (NumPy orders b < u < i < f < c); records and other types
      // are of different kinds
      return safe(from, to) || (!from.fields && !to.fields && KIND_RANK[from.kind] <= KIND_RANK[to.kind] && !(from.kind === 'i' && to.kind === 'u'));
    case 'unsafe':
      // a record of several fields has no single value to give a plain (non-object) dtype
      return !(from.fields && from.fields.length > 1 && !to.fields && to.kind !== 'O');
  }
}

/** NumPy's promote_types: the smallest type both cast to safely. */
export function promote(a: DType, b: DType): DType {
  a = a.native;
  b = b.native;
  if (a === b) return a;
  if (a.kind === 'O' || b.kind === 'O') return object;
  if (a.kind === 'V' && b.kind === 'V') return promoteVoid(a, b);
  if (a.kind === 'V' || b.kind === 'V') throw noCommonDType(a, b);
  if (a.timeUnit !== null || b.timeUnit !== null) return promoteTime(a, b);
  if (a.kind === 'U' || b.kind === 'U') return unicode(Math.max(strWidth(a), strWidth(b)));
  if (a.kind === 'S' || b.kind === 'S') return bytes(Math.max(strWidth(a), strWidth(b)));
  if (safe(a, b)) return b;
  if (safe(b, a)) return a;
  // mixed signedness or int/float: the first type (smallest within each kind) both reach safely
  for (const t of ALL) if (safe(a, t) && safe(b, t)) return t;
  return complex128;
}

/**
 * promote_types of two void dtypes (NumPy 2): records with the same field names promote field by
 * field into a new packed layout (C-aligned when either side is), sub-arrays of one shape promote
 * their elements, and unstructured voids must have one size.
 */
function promoteVoid(a: DType, b: DType): DType {
  if (sameDType(a, b)) return a;
  const fail = (msg: string) => new RuntimePyError('DTypePromotionError', msg);
  if (a.subBase && b.subBase) {
    if (a.subShape!.join() !== b.subShape!.join()) throw fail('invalid type promotion with subarray datatypes (shape mismatch).');
    return subarray(promote(a.subBase, b.subBase), a.subShape!);
  }
  if (a.fields && b.fields) {
    const names = (d: DType) => `(${d.fields!.map((f) => `'${f.name}'`).join(', ')}${d.fields!.length === 1 ? ',' : ''})`;
    if (names(a) !== names(b)) throw fail(`field names \`${names(a)}\` and \`${names(b)}\` mismatch.`);
    const aligned = a.aligned || b.aligned;
    const fields: Field[] = [];
    let pos = 0, maxAlign = 1;
    a.fields.forEach((f, i) => {
      const t = promote(f.dtype, b.fields![i].dtype);
      const al = aligned ? alignmentOf(t) : 1;
      maxAlign = Math.max(maxAlign, al);
      pos = Math.ceil(pos / al) * al;
      fields.push({ name: f.name, dtype: t, offset: pos, ...(f.title === undefined ? {} : { title: f.title }) });
      pos += t.itemsize;
    });
    return structured(fields, Math.ceil(pos / maxAlign) * maxAlign, aligned);
  }
  if (!a.fields && !b.fields && !a.subBase && !b.subBase) {
    if (a.itemsize === b.itemsize) return a;
    throw fail('Invalid type promotion with void datatypes of different lengths. Use the `np.bytes_` datatype instead to pad the shorter value with trailing zero bytes.');
  }
  throw fail('invalid type promotion with structured datatype(s).');
}

/** The C alignment of a dtype's items (a packed record's is 1; an aligned record's, its widest field's). */
export function alignmentOf(d: DType): number {
  if (d.subBase) return alignmentOf(d.subBase);
  if (d.fields) return d.aligned ? Math.max(1, ...d.fields.map((f) => alignmentOf(f.dtype))) : 1;
  if (d.kind === 'c') return d.itemsize / 2;
  if (d.kind === 'U') return 4;
  if (d.kind === 'S' || d.kind === 'V') return 1;
  return d.itemsize;
}

/** NumPy's DTypePromotionError for two dtypes of unrelated kinds */
function noCommonDType(a: DType, b: DType): RuntimePyError {
  return new RuntimePyError('DTypePromotionError', `The DTypes <class 'numpy.dtypes.${dtypeClass(a)}'> and <class 'numpy.dtypes.${dtypeClass(b)}'> do not have a common DType. For example they cannot be stored in a single array unless the dtype is \`object\`.`);
}

const DTYPE_CLASS: Partial<Record<Kind, string>> = { M: 'DateTime64DType', m: 'TimeDelta64DType', b: 'BoolDType', f: 'Float', c: 'Complex', U: 'StrDType', S: 'BytesDType', V: 'VoidDType', O: 'ObjectDType' };
/** the name of the class numpy.dtypes has for a dtype's kind (Int64DType, DateTime64DType, …) */
export function dtypeClass(d: DType): string {
  const c = DTYPE_CLASS[d.kind];
  if (c === 'Float' || c === 'Complex') return `${c}${d.itemsize * 8}DType`;
  return c ?? `${d.kind === 'u' ? 'UInt' : 'Int'}${d.itemsize * 8}DType`;
}

/** promote_types with a datetime64 or timedelta64: the finer unit; datetime64 with timedelta64 is datetime64 */
function promoteTime(a: DType, b: DType): DType {
  const noCommon = () => noCommonDType(a, b);
  if (a.timeUnit === null || b.timeUnit === null) {
    const [t, o] = a.timeUnit === null ? [b, a] : [a, b];
    if (t.kind === 'm' && (o.kind === 'b' || o.kind === 'i' || (o.kind === 'u' && o.itemsize < 8))) return t;
    throw noCommon();
  }
  const kind = a.kind === 'M' || b.kind === 'M' ? 'M' : 'm';
  const unit = commonUnit(a.timeUnit as TimeUnit, b.timeUnit as TimeUnit, kind === 'M');
  if (unit === null) {
    throw new RuntimePyError('TypeError', `Cannot get a common metadata divisor for Numpy datetime metadata [${a.timeUnit}] and [${b.timeUnit}] because they have incompatible nonlinear base time units.`);
  }
  return timeType(kind, unit);
}

/** The Python-scalar kinds that take part in NEP 50 promotion as "weak" operands. */
export type WeakKind = 'bool' | 'int' | 'float' | 'complex';

/** Default dtype of a weak Python scalar taken alone. */
export function defaultFor(w: WeakKind): DType {
  return w === 'bool' ? bool : w === 'int' ? int64 : w === 'float' ? float64 : complex128;
}

/**
 * NEP 50 result type: strong dtypes promote normally; a weak Python scalar only raises the kind
 * (an int array with a float scalar → float64; float32 with complex → complex64).
 */
export function resultType(strong: DType[], weak: WeakKind[]): DType {
  if (!strong.length) {
    let best = bool;
    for (const w of weak) best = promote(best, defaultFor(w));
    return best;
  }
  let r = strong[0].native;
  const main = strong.length > 2 ? mainNumeric(strong) : null;
  if (main !== null) {
    // NumPy promotes each dtype with the "main" one (not pairwise): int8, uint16, float16 -> float32
    for (const d of strong) r = promote(r, promote(main, d));
  } else {
    for (let i = 1; i < strong.length; i++) r = promote(r, strong[i]);
  }
  for (const w of weak) r = weakPromote(r, w);
  return r;
}

// NumPy's type numbers of the numeric dtypes: among builtin DTypes the higher number decides a promotion
const TYPE_NUMBER: Record<string, number> = { b1: 0, i1: 1, u1: 2, i2: 3, u2: 4, i4: 5, u4: 6, i8: 7, u8: 8, f4: 11, f8: 12, c8: 14, c16: 15, f2: 23 };

/** the numeric dtype that leads a promotion of several (the highest type number); null if any is not numeric */
function mainNumeric(ds: DType[]): DType | null {
  let best: DType | null = null;
  let bestNum = -1;
  for (const d of ds) {
    const n = TYPE_NUMBER[`${d.kind === 'b' ? 'b' : d.kind}${d.itemsize}`];
    if (n === undefined || d.timeUnit !== null) return null;
    if (n > bestNum) {
      best = d.native;
      bestNum = n;
    }
  }
  return best;
}

function weakPromote(r: DType, w: WeakKind): DType {
  const wr = w === 'bool' ? 0 : w === 'int' ? 1 : w === 'float' ? 2 : 3;
  const rr = KIND_RANK[r.kind];
  if (wr <= rr) return r;
  if (w === 'int') return promote(r, int64);
  if (w === 'float') return r.kind === 'c' ? r : float64;
  // complex
  if (r.kind === 'f') return r.itemsize <= 4 ? complex64 : complex128;
  return complex128;
}

/** Range of an integer dtype as bigints [min, max]. */
export function intRange(d: DType): [bigint, bigint] {
  const bits = BigInt(d.itemsize * 8);
  if (d.kind === 'u') return [0n, (1n << bits) - 1n];
  if (d.kind === 'b') return [0n, 1n];
  return [-(1n << (bits - 1n)), (1n << (bits - 1n)) - 1n];
}
