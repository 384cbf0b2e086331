/**
 * The Python face of dtypes: `np.dtype` objects (interned, one per runtime DType), the scalar type
 * hierarchy (np.generic → number → integer → signedinteger → int8 …, inexact → floating/complexfloating,
 * np.bool, flexible → character → bytes_/str_, object_), and `toDType`, which understands every way a
 * script names a type: dtype objects, scalar types, Python's int/float/bool/complex/str/bytes/object, and
 * strings ('f8', '<i4', 'float32', 'int', 'S5', 'O').
 *
 * As in NumPy, np.float64 subclasses Python's float and np.complex128 subclasses complex, so
 * isinstance(np.float64(1), float) holds; np.bytes_ and np.str_ subclass bytes and str (textScalars.ts).
 */
import * as D from '../../../runtime/dtype';
import { DType } from '../../../runtime/dtype';
import { PyType, builtinType, ObjectType, FloatType, ComplexType, IntType, BoolType, TypeType, typeOf, StrType, BytesType } from '../../objects/pytype';
import { throwPy } from '../../objects/errors';
import { repr } from '../../objects/repr';
import { defGetters } from '../../objects/descriptors';
import { defineMethods } from '../../objects/types/define';
import { PyTuple, tuple, NotImplemented } from '../../objects/values';
import { PyDict } from '../../objects/hashtable';
import { makeExc } from '../../objects/exceptions';
import { importModule } from '../../interp/imports';
import { getAttr } from '../../objects/attrs';
import { call } from '../../objects/function';
import { truthy } from '../../objects/protocols';
import { dtypeClassOf } from './dtypeClasses';
import { alignmentOf, parseStructured, parseSubarray, parseTypeString, structuredStr, structuredRepr, descrList, fieldOf, findField } from './structured';

export const DTypeType = builtinType('dtype', ObjectType, 'numpy');
DTypeType.qualname = 'dtype';

/** A NumPy dtype as a Python object; exactly one per runtime DType. */
export class PyDType {
  declare cls: PyType;
  /** replaced only by __setstate__ on a fresh (copy=True) dtype while unpickling (pickling.ts) */
  constructor(public dt: DType) {}
}
// a dtype object's class is its numpy.dtypes subclass of np.dtype (Float64DType, StrDType …)
Object.defineProperty(PyDType.prototype, 'cls', {
  get(this: PyDType) {
    return dtypeClassOf(this.dt);
  },
});

const interned = new Map<DType, PyDType>();
export function pyDType(dt: DType): PyDType {
  let p = interned.get(dt);
  if (!p) {
    p = new PyDType(dt);
    interned.set(dt, p);
  }
  return p;
}

// ---- scalar type hierarchy ----
function abstract(name: string, base: PyType, extra: PyType[] = []): PyType {
  const t = new PyType(name, [base, ...extra], null, false, 'numpy');
  t.cls = TypeType;
  t.solid = ObjectType;
  return t;
}
export const GenericType = abstract('generic', ObjectType);
export const NumberType = abstract('number', GenericType);
export const IntegerType = abstract('integer', NumberType);
export const SignedType = abstract('signedinteger', IntegerType);
export const UnsignedType = abstract('unsignedinteger', IntegerType);
export const InexactType = abstract('inexact', NumberType);
export const FloatingType = abstract('floating', InexactType);
export const ComplexFloatingType = abstract('complexfloating', InexactType);
/** np.void (records of structured arrays) and its np.record flavour */
export const VoidType = abstract('void', GenericType);
export const RecordType = abstract('record', VoidType);
export const FlexibleType = abstract('flexible', GenericType);
export const CharacterType = abstract('character', FlexibleType);
/** np.bytes_ and np.str_: the types of the elements of 'S' and 'U' arrays */
export const BytesScalarType = abstract('bytes_', BytesType, [CharacterType]);
export const StrScalarType = abstract('str_', StrType, [CharacterType]);
/** np.datetime64 and np.timedelta64 (a signed integer type, as in NumPy): their constructors are in datetimes.ts */
export const DatetimeType = abstract('datetime64', GenericType);
export const TimedeltaType = abstract('timedelta64', SignedType);
/** np.object_: the type of dtype('O'), which exists only as a dtype here */
export const ObjectScalarType = abstract('object_', GenericType);

/** Scalar types by dtype name, and the reverse map. */
export const scalarTypes = new Map<DType, PyType>();
const typeToDType = new Map<PyType, DType>();

function concrete(dt: DType): PyType {
  let bases: PyType[];
  switch (dt.kind) {
    case 'b':
      bases = [GenericType];
      break;
    case 'i':
      bases = [SignedType];
      break;
    case 'u':
      bases = [UnsignedType];
      break;
    case 'f':
      bases = dt.itemsize === 8 ? [FloatingType, FloatType] : [FloatingType];
      break;
    default:
      bases = dt.itemsize === 16 ? [ComplexFloatingType, ComplexType] : [ComplexFloatingType];
  }
  const t = new PyType(dt.name, bases, null, false, 'numpy');
  t.cls = TypeType;
  t.solid = ObjectType;
  scalarTypes.set(dt, t);
  typeToDType.set(t, dt);
  return t;
}
for (const dt of D.ALL) concrete(dt);

export function scalarTypeOf(dt: DType): PyType {
  if (dt.kind === 'S') return BytesScalarType;
  if (dt.kind === 'U') return StrScalarType;
  if (dt.kind === 'O') return ObjectScalarType;
  if (dt.kind === 'M') return DatetimeType;
  if (dt.kind === 'm') return TimedeltaType;
  if (dt.kind === 'V') return dt.isRecord ? RecordType : VoidType;
  return scalarTypes.get(dt.native)!;
}
export function dtypeOfScalarType(t: PyType): DType | undefined {
  return typeToDType.get(t);
}

/** NumPy's message for something that is not a dtype. */
function notUnderstood(v: any): never {
  if (typeof v === 'string') {
    // a datetime type with a bad unit blames its metadata ('[X]' here: an empty or unclosed one differs)
    const m = /^[<>=|]?(?:M8|m8|datetime64|timedelta64)(\[.*)$/.exec(v);
    if (m) throwPy('TypeError', m[1].length > 2 && m[1].endsWith(']') ? `Invalid datetime unit in metadata string "${m[1]}"` : `Invalid datetime metadata string "${m[1]}"`);
    throwPy('TypeError', `data type ${repr(v)} not understood`);
  }
  return throwPy('TypeError', `Cannot interpret '${repr(v)}' as a data type`);
}

/** The dtype a Python value names (None → float64, as NumPy's constructors take it). */
export function toDType(v: any): DType {
  if (v === null) return D.float64;
  if (v instanceof PyDType) return v.dt;
  if (typeof v === 'string') return D.parseDType(v) ?? parseTypeString(v, toDType) ?? notUnderstood(v);
  if (Array.isArray(v) || v instanceof PyDict) return parseStructured(v, toDType, false);
  // a dtype's `fields` (a read-only mappingproxy of the fields dict) names the same record
  if (v !== undefined && typeOf(v).tpName === 'mappingproxy') return toDType(getAttr(v, '_mapping'));
  if (v instanceof PyTuple && v.items.length === 2) return parseSubarray(v, toDType);
  if (v instanceof PyType) {
    const d = typeToDType.get(v);
    if (d) return d;
    if (v === FloatType) return D.float64;
    if (v === IntType) return D.int64;
    if (v === BoolType) return D.bool;
    if (v === ComplexType) return D.complex128;
    if (v === StrType || v === StrScalarType) return D.unicode(0);
    if (v === BytesType || v === BytesScalarType) return D.bytes(0);
    if (v === ObjectType || v === ObjectScalarType) return D.object;
    if (v === VoidType) return D.rawVoid(0);
    if (v === DatetimeType) return D.timeType('M', '');
    if (v === TimedeltaType) return D.timeType('m', '');
    // abstract types: NumPy picks the default of the kind
    if (v === FloatingType || v === InexactType) return D.float64;
    if (v === ComplexFloatingType) return D.complex128;
    if (v === IntegerType || v === SignedType || v === NumberType) return D.int64;
    if (v === UnsignedType) return D.uint64;
  }
  const dt = (v as any)?.dtype;
  if (dt instanceof PyDType) return dt.dt;
  // any other Python class (datetime.date, Decimal, a user class) stands for object
  if (v instanceof PyType && ![GenericType, IntType, FloatType, ComplexType, StrType, BytesType].some((t) => v.isSubtypeOf(t))) return D.object;
  return notUnderstood(v);
}

/** Like toDType but undefined for None (for optional `dtype=` arguments). */
export function optDType(v: any): DType | undefined {
  return v === undefined || v === null ? undefined : toDType(v);
}

function dtypeRepr(dt: DType): string {
  if (dt.kind === 'V' && (dt.fields || dt.subBase)) return structuredRepr(dt);
  if (dt.kind === 'S') return `dtype('S${dt.itemsize || ''}')`;
  if (dt.kind === 'V') return `dtype('V${dt.itemsize || ''}')`;
  if (dt.kind === 'O') return "dtype('O')";
  // the flexible 'U' of np.dtype(str) shows no size
  if (dt.kind === 'U' && dt.itemsize === 0) return `dtype('${dt.str.slice(0, 2)}')`;
  if (!dt.isNative || dt.kind === 'U' || dt.timeUnit !== null) return `dtype('${dt.str}')`;
  return `dtype('${dt.name}')`;
}
export function dtypeStr(dt: DType): string {
  if (dt.kind === 'V' && (dt.fields || dt.subBase)) return structuredStr(dt);
  if (dt.kind === 'V') return dt.str;
  return dt.isNative && !dt.isText ? dt.name : dt.str;
}

/** `==` between a dtype and anything naming one (strings that do not parse compare unequal). */
function dtypeEq(a: DType, other: any): boolean {
  try {
    const b = toDType(other);
    if (a.kind === 'V' || b.kind === 'V') return D.sameDType(a, b);
    return a.native === b.native && a.isNative === b.isNative;
  } catch {
    return false;
  }
}

/** a dtype comparison with another dtype-like, NotImplemented for anything else */
function castOrder(a: DType, other: any, test: (a: DType, b: DType) => boolean): any {
  let b: DType;
  try {
    b = toDType(other);
  } catch {
    return NotImplemented;
  }
  return test(a, b);
}

export function installDTypes(): void {
  DTypeType.newInstance = (_cls, args, kw) => {
    if (args.length < 1) throwPy('TypeError', "dtype() missing required argument 'dtype' (pos 1)");
    const align = (args[1] ?? kw?.get('align')) === true;
    if (align && (Array.isArray(args[0]) || args[0] instanceof PyDict || (typeof args[0] === 'string' && args[0].includes(',')))) {
      return pyDType(parseStructured(args[0], toDType, true));
    }
    // copy=True asks for a new dtype object (unpickling then fills it in through __setstate__)
    const copy = args[2] ?? kw?.get('copy');
    return copy !== undefined && truthy(copy) ? new PyDType(toDType(args[0])) : pyDType(toDType(args[0]));
  };
  defGetters(DTypeType, {
    name: (d: PyDType) => (d.dt.isText && d.dt.itemsize === 0 ? d.dt.name.replace(/0$/, '') : d.dt.name),
    kind: (d: PyDType) => d.dt.kind,
    char: (d: PyDType) => d.dt.char,
    num: (d: PyDType) => d.dt.num,
    str: (d: PyDType) => d.dt.str,
    itemsize: (d: PyDType) => d.dt.itemsize,
    alignment: (d: PyDType) => alignmentOf(d.dt),
    byteorder: (d: PyDType) => (d.dt.byteorder === '|' ? '|' : d.dt.isNative ? '=' : '>'),
    isnative: (d: PyDType) => nativeThroughout(d.dt),
    // 1 for NumPy's own native types (unsized text too), 0 for fields, sub-arrays, swapped or sized text and time types
    isbuiltin: (d: PyDType) => (d.dt.fields || d.dt.subBase || !d.dt.isNative || d.dt.timeUnit !== null || (d.dt.isText && d.dt.itemsize > 0) ? 0 : 1),
    type: (d: PyDType) => scalarTypeOf(d.dt),
    names: (d: PyDType) => (d.dt.fields ? tuple(d.dt.fields.map((f) => f.name)) : null),
    // a read-only mappingproxy of the name → (dtype, offset) dict, as NumPy's
    fields: (d: PyDType) => {
      if (!d.dt.fields) return null;
      const m = new PyDict();
      for (const f of d.dt.fields) {
        // a titled field is listed under its name and again under its title
        const entry = tuple(f.title !== undefined ? [pyDType(f.dtype), f.offset, f.title] : [pyDType(f.dtype), f.offset]);
        m.set(f.name, entry);
        if (f.title !== undefined) m.set(f.title, entry);
      }
      return call(getAttr(importModule('types', true), 'MappingProxyType'), [m]);
    },
    shape: (d: PyDType) => tuple(d.dt.subShape ?? []),
    ndim: (d: PyDType) => (d.dt.subShape ?? []).length,
    subdtype: (d: PyDType) => (d.dt.subBase ? tuple([pyDType(d.dt.subBase), tuple(d.dt.subShape!)]) : null),
    hasobject: (d: PyDType) => hasObject(d.dt),
    flags: () => 0,
    // dtypes made here never carry a metadata dict
    metadata: () => null,
    descr: (d: PyDType) => descrList(d.dt),
    base: (d: PyDType) => (d.dt.subBase ? pyDType(d.dt.subBase) : d),
    isalignedstruct: (d: PyDType) => d.dt.aligned,
  });
  defineMethods(DTypeType, {
    __repr__: (d: PyDType) => dtypeRepr(d.dt),
    __str__: (d: PyDType) => dtypeStr(d.dt),
    __eq__: (d: PyDType, [o]) => dtypeEq(d.dt, o),
    __ne__: (d: PyDType, [o]) => !dtypeEq(d.dt, o),
    // ordering is safe casting: a <= b when a casts safely to b, a < b when also a != b
    __lt__: (d: PyDType, [o]) => castOrder(d.dt, o, (a, b) => D.canCast(a, b) && !dtypeEq(a, pyDType(b))),
    __le__: (d: PyDType, [o]) => castOrder(d.dt, o, (a, b) => D.canCast(a, b)),
    __gt__: (d: PyDType, [o]) => castOrder(d.dt, o, (a, b) => D.canCast(b, a) && !dtypeEq(a, pyDType(b))),
    __ge__: (d: PyDType, [o]) => castOrder(d.dt, o, (a, b) => D.canCast(b, a)),
    __hash__: (d: PyDType) => d.dt.num * 1000003 + (d.dt.isNative ? 0 : 1),
    __getitem__: (d: PyDType, [k]) => {
      if (!d.dt.fields) throw makeExc('KeyError', `There are no fields in dtype ${dtypeStr(d.dt)}.`);
      if (typeof k === 'string') {
        if (!findField(d.dt, k)) throw makeExc('KeyError', `Field named ${repr(k)} not found.`);
        return pyDType(fieldOf(d.dt, k).dtype);
      }
      return pyDType(d.dt.fields[Number(k)].dtype);
    },
    __len__: (d: PyDType) => d.dt.fields?.length ?? 0,
    newbyteorder: (d: PyDType, [order]) => {
      const o = order === undefined ? 'S' : String(order);
      if (o === 'S' || o === 's') return pyDType(d.dt.swapped());
      return pyDType(D.ordered(d.dt.native, o === '=' || o === '|' || o === '<' || o === 'little' || o === 'L' ? '<' : '>'));
    },
  });
}

/** The dtype of a Python or NumPy value taken alone (array coercion rules: Python scalars get defaults). */
export function isDTypeLike(v: any): boolean {
  return v instanceof PyDType || typeof v === 'string' || v instanceof PyType;
}

export { PyTuple, typeOf };

/** dtype.isnative: the type and every field in native byte order (a sub-array dtype, a '|V' item, always is) */
function nativeThroughout(d: DType): boolean {
  if (d.subBase) return true;
  if (d.fields) return d.fields.every((f) => nativeThroughout(f.dtype));
  return d.isNative;
}

/** Whether items of `d` hold Python objects (an object dtype, or one inside fields / a sub-array). */
export function hasObject(d: DType): boolean {
  return d.kind === 'O' || (d.subBase !== null && hasObject(d.subBase)) || (d.fields ?? []).some((f) => hasObject(f.dtype));
}
