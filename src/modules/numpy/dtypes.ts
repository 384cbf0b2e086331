/**
 * The Python face of dtypes: `np.dtype` objects (interned, one per runtime DType), the scalar type
 * hierarchy (np.generic → number → integer → signedinteger → int8 …, inexact → floating/complexfloating,
 * np.bool), and `toDType`, which understands every way a script names a type: dtype objects, scalar
 * types, Python's int/float/bool/complex, and strings ('f8', '<i4', 'float32', 'int').
 *
 * As in NumPy, np.float64 subclasses Python's float and np.complex128 subclasses complex, so
 * isinstance(np.float64(1), float) holds; no other scalar type has a Python base.
 */
import * as D from '../../../runtime/dtype';
import { DType } from '../../../runtime/dtype';
import { PyType, builtinType, ObjectType, FloatType, ComplexType, IntType, BoolType, TypeType, typeOf, StrType } from '../../objects/pytype';
import { throwPy } from '../../objects/errors';
import { repr } from '../../objects/repr';
import { defGetters } from '../../objects/descriptors';
import { defineMethods } from '../../objects/types/define';
import { PyTuple, tuple } from '../../objects/values';

export const DTypeType = builtinType('dtype', ObjectType, 'numpy');
DTypeType.qualname = 'dtype';

/** A NumPy dtype as a Python object; exactly one per runtime DType. */
export class PyDType {
  declare cls: PyType;
  constructor(readonly dt: DType) {}
}
PyDType.prototype.cls = DTypeType;

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
  return scalarTypes.get(dt.native)!;
}
export function dtypeOfScalarType(t: PyType): DType | undefined {
  return typeToDType.get(t);
}

/** NumPy's message for something that is not a dtype. */
function notUnderstood(v: any): never {
  if (typeof v === 'string') throwPy('TypeError', `data type ${repr(v)} not understood`);
  return throwPy('TypeError', `Cannot interpret '${repr(v)}' as a data type`);
}

/** The dtype a Python value names (None → float64, as NumPy's constructors take it). */
export function toDType(v: any): DType {
  if (v === null) return D.float64;
  if (v instanceof PyDType) return v.dt;
  if (typeof v === 'string') return D.parseDType(v) ?? notUnderstood(v);
  if (v instanceof PyType) {
    const d = typeToDType.get(v);
    if (d) return d;
    if (v === FloatType) return D.float64;
    if (v === IntType) return D.int64;
    if (v === BoolType) return D.bool;
    if (v === ComplexType) return D.complex128;
    if (v === StrType) return D.unicode(0);
    // abstract types: NumPy picks the default of the kind
    if (v === FloatingType || v === InexactType) return D.float64;
    if (v === ComplexFloatingType) return D.complex128;
    if (v === IntegerType || v === SignedType || v === NumberType) return D.int64;
    if (v === UnsignedType) return D.uint64;
  }
  const dt = (v as any)?.dtype;
  if (dt instanceof PyDType) return dt.dt;
  return notUnderstood(v);
}

/** Like toDType but undefined for None (for optional `dtype=` arguments). */
export function optDType(v: any): DType | undefined {
  return v === undefined || v === null ? undefined : toDType(v);
}

function dtypeRepr(dt: DType): string {
  if (!dt.isNative || dt.kind === 'U') return `dtype('${dt.str}')`;
  return `dtype('${dt.name}')`;
}
export function dtypeStr(dt: DType): string {
  return dt.isNative && dt.kind !== 'U' ? dt.name : dt.str;
}

/** `==` between a dtype and anything naming one (strings that do not parse compare unequal). */
function dtypeEq(a: DType, other: any): boolean {
  try {
    const b = toDType(other);
    return a.native === b.native && a.isNative === b.isNative;
  } catch {
    return false;
  }
}

export function installDTypes(): void {
  DTypeType.newInstance = (_cls, args) => {
    if (args.length < 1) throwPy('TypeError', "dtype() missing required argument 'dtype' (pos 1)");
    return pyDType(toDType(args[0]));
  };
  defGetters(DTypeType, {
    name: (d: PyDType) => d.dt.name,
    kind: (d: PyDType) => d.dt.kind,
    char: (d: PyDType) => d.dt.char,
    num: (d: PyDType) => d.dt.num,
    str: (d: PyDType) => d.dt.str,
    itemsize: (d: PyDType) => d.dt.itemsize,
    alignment: (d: PyDType) => (d.dt.kind === 'c' ? d.dt.itemsize / 2 : d.dt.itemsize),
    byteorder: (d: PyDType) => (d.dt.itemsize === 1 ? '|' : d.dt.isNative ? '=' : '>'),
    isnative: (d: PyDType) => d.dt.isNative,
    type: (d: PyDType) => scalarTypeOf(d.dt),
    names: () => null,
    fields: () => null,
    shape: () => tuple([]),
    ndim: () => 0,
    subdtype: () => null,
    hasobject: () => false,
    flags: () => 0,
    descr: (d: PyDType) => [tuple(['', d.dt.str])],
    base: (d: PyDType) => d,
  });
  defineMethods(DTypeType, {
    __repr__: (d: PyDType) => dtypeRepr(d.dt),
    __str__: (d: PyDType) => dtypeStr(d.dt),
    __eq__: (d: PyDType, [o]) => dtypeEq(d.dt, o),
    __ne__: (d: PyDType, [o]) => !dtypeEq(d.dt, o),
    __hash__: (d: PyDType) => d.dt.num * 1000003 + (d.dt.isNative ? 0 : 1),
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
