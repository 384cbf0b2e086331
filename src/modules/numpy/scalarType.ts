/**
 * The Python behaviour of NumPy scalar types: construction (`np.float64(1.5)`, `np.int8(x)`,
 * `np.float64([1, 2])` → array), reprs, conversions to Python numbers (`float()`, `int()`, `__index__`
 * for integers only), hashing equal to the Python value's, formatting through the Python value
 * (`f"{np.float64(3.14159):.2f}"`), and arithmetic/comparisons through the ufuncs on 0-d arrays.
 */
import { NDArray } from '../../../runtime/ndarray';
import * as D from '../../../runtime/dtype';
import { hypot } from '../../../runtime/math/hypot';
import { PyType, FloatType, ComplexType, typeOf } from '../../objects/pytype';
import { PyComplex, float, tuple, PyFloat, PyBytes, NotImplemented } from '../../objects/values';
import { throwPy } from '../../objects/errors';
import { repr as pyRepr } from '../../objects/repr';
import { latin1 } from '../../objects/types/bytes';
import { defineMethods } from '../../objects/types/define';
import { GetSet } from '../../objects/descriptors';
import { pyHash } from '../../objects/hash';
import { format as pyFormat } from '../../objects/formatting';
import { nativeBinary } from '../../objects/arith';
import { toFloat, toInt } from '../../objects/types/number';
import { index as pyIndex, truthy, eq, ne, lt, le, gt, ge } from '../../objects/protocols';
import { NPScalar, scalar, scalarRepr, scalarStr, domainToPy, pyToDomain, castScalar, weakKind } from './scalars';
import { GenericType, IntegerType, FloatingType, scalarTypes, pyDType, toDType } from './dtypes';
import { asArray, castCopy } from './coerce';
import { flatOf } from './flatIter';
import { applyUfunc, kwArgs } from './ufuncs';
import { ufunc } from './ufuncTable';
import { binaryOp, NDArrayType, noComplexSlot } from './arrayType';
import { quickCompare } from './scalarMath';
import { asScalarOperator } from './fpErrors';
import { PyBuiltin } from '../../objects/function';
import { roundArray } from './misc';
import { reportingCast, warnComplexCast } from './castWarnings';
import { isPyTime, pyTimeTypeName } from './datetimePy';

export function floatOf(v: any): any {
  if (typeof v === 'boolean') return float(v ? 1 : 0);
  if (typeof v === 'bigint') return float(Number(v));
  if (typeof v === 'number') return float(v);
  if (v instanceof PyComplex) throwPy('TypeError', "float() argument must be a string or a real number, not 'complex'");
  // a str or bytes item parses as Python's float() reads it (float(np.array('1.5')))
  if (typeof v === 'string' || v instanceof PyBytes) return float(toFloat(v));
  return v;
}
export function intOf(v: any): any {
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof PyFloat) return intOfNumber(v.v);
  if (typeof v === 'number') return Number.isInteger(v) ? v : intOfNumber(v);
  if (v instanceof PyComplex) throwPy('TypeError', "int() argument must be a string, a bytes-like object or a real number, not 'complex'");
  if (typeof v === 'string' || v instanceof PyBytes) return toInt(v);
  return v;
}
function intOfNumber(x: number): any {
  if (Number.isNaN(x)) throwPy('ValueError', 'cannot convert float NaN to integer');
  if (!Number.isFinite(x)) throwPy('OverflowError', 'cannot convert float infinity to integer');
  const t = Math.trunc(x);
  return Number.isSafeInteger(t) ? t : BigInt(t);
}
export function complexOf(v: any): PyComplex {
  if (v instanceof PyComplex) return v;
  if (typeof v === 'boolean') return new PyComplex(v ? 1 : 0, 0);
  if (v instanceof PyFloat) return new PyComplex(v.v, 0);
  return new PyComplex(Number(v), 0);
}

/** format(np.float64(x), spec): formatted as the equivalent Python value (NumPy does the same). */
export function formatScalar(s: NPScalar, spec: string): string {
  // a 0-d array's item that is no NumPy number (np.str_, a record, an object) formats itself
  if (!(s instanceof NPScalar)) return pyFormat(s, spec);
  // NumPy's gentype_format: a number formats as the Python int, float or complex it converts to (so
  // f'{x}' is the float's repr even where str(x) differs, as under legacy '1.13'); datetimes as their str()
  if (s.dt.timeUnit !== null) return spec === '' ? scalarStr(s) : pyFormat(scalarStr(s), spec);
  return pyFormat(domainToPy(s.dt, s.v), spec);
}

function construct(dt: D.DType, args: any[]): any {
  if (args.length === 0) return scalar(dt, pyToDomain(dt.kind === 'c' ? new PyComplex(0, 0) : 0, dt));
  const most = dt.kind === 'c' ? 2 : 1;
  if (args.length > most) {
    // float64 is constructed by Python's float(); the others by NumPy's argument parser
    if (dt === D.float64) throwPy('TypeError', `float expected at most 1 argument, got ${args.length}`);
    const who = dt.kind === 'b' ? 'bool_()' : 'function';
    throwPy('TypeError', `${who} takes at most ${most} argument${most > 1 ? 's' : ''} (${args.length} given)`);
  }
  if (args.length === 2) return scalar(dt, pyToDomain(complexFromParts(args[0], args[1]), dt));
  // bytes parse as the text they hold, as int(b'12') and float(b'1.5') do
  const v = args[0] instanceof PyBytes ? latin1(args[0].data) : args[0];
  if (v instanceof NDArray) return v.ndim === 0 ? scalar(dt, castScalar(scalar(v.dtype, v.get([])), dt)) : castCopy(v, dt);
  if (v instanceof NPScalar) return scalar(dt, castScalar(v, dt));
  if (Array.isArray(v) || (v !== null && typeof v === 'object' && v.items !== undefined)) {
    const a = asArray(v, dt);
    return a;
  }
  if (dt.kind === 'b') return scalar(dt, truthyOf(v) ? 1 : 0);
  if (typeof v === 'string' && dt.kind !== 'c') {
    // Python's digit grouping: one underscore between two digits
    const t = v.trim().toLowerCase().replace(/(\d)_(?=\d)/g, '$1');
    if (dt.kind === 'i' || dt.kind === 'u') {
      // an integer type parses the text as int() does, base 10
      if (!/^[+-]?\d+$/.test(t)) throwPy('ValueError', `invalid literal for int() with base 10: '${v}'`);
      return scalar(dt, pyToDomain(BigInt(t), dt));
    }
    const f = t === 'nan' ? NaN : t === 'inf' || t === 'infinity' ? Infinity : t === '-inf' || t === '-infinity' ? -Infinity : Number(t);
    if (Number.isNaN(f) && t !== 'nan') throwPy('ValueError', `could not convert string to float: '${v}'`);
    if (dt.kind === 'f') return scalar(dt, pyToDomain(float(f), dt));
    if (!Number.isInteger(f)) throwPy('ValueError', `invalid literal for int() with base 10: '${v}'`);
    return scalar(dt, pyToDomain(f, dt));
  }
  // an integer type called on a Python float goes through int(): truncated, then range-checked
  const fv = v instanceof PyFloat ? v.v : typeof v === 'number' && !Number.isInteger(v) ? v : null;
  if ((dt.kind === 'i' || dt.kind === 'u') && fv !== null && Number.isFinite(fv)) return scalar(dt, pyToDomain(BigInt(Math.trunc(fv)), dt));
  return scalar(dt, pyToDomain(v, dt));
}

/** np.complex128(re, im): two real numbers (Python or NumPy), nothing else, as NumPy's complex scalar new. */
function complexFromParts(re: any, im: any): PyComplex {
  const real = (x: any) => {
    const k = x instanceof NPScalar ? (x.dt.kind === 'c' || x.dt.isText || x.dt.timeUnit !== null ? null : 'real') : weakKind(x);
    return k !== null && k !== 'complex';
  };
  if (!real(re) || !real(im)) throwPy('TypeError', `Could not convert arguments into a complex scalar. '${pyRepr(tuple([re, im]))}' given.`);
  const part = (x: any) => {
    const p = x instanceof NPScalar ? domainToPy(x.dt, x.v) : x;
    return p instanceof PyFloat ? p.v : Number(p);
  };
  return new PyComplex(part(re), part(im));
}

function truthyOf(v: any): boolean {
  return truthy(v);
}

function py(s: NPScalar): any {
  return domainToPy(s.dt, s.v);
}

/** The Python number int() or float() converts: a datetime's item is a date, which they refuse as CPython does. */
function number(s: NPScalar, refusal: string): any {
  const v = py(s);
  if (s.dt.timeUnit !== null && typeof v !== 'number' && typeof v !== 'bigint') throwPy('TypeError', `${refusal}, not '${v === null ? 'NoneType' : pyTimeTypeName(v)}'`);
  return v;
}

export function installScalarTypes(): void {
  for (const [dt, t] of scalarTypes) {
    // np.float16(1e5): a number too large for the type warns as an array cast does
    t.newInstance = (_cls: PyType, args: any[]) => reportingCast(() => construct(dt, args));
    nativeBinary.set(t, binaryOp);
  }
  const get = (name: string, f: (s: NPScalar) => any) => {
    GenericType.dict[name] = new GetSet(name, f);
  };
  get('dtype', (s) => pyDType(s.dt));
  get('shape', () => tuple([]));
  get('ndim', () => 0);
  get('size', () => 1);
  get('itemsize', (s) => s.dt.itemsize);
  get('nbytes', (s) => s.dt.itemsize);
  get('strides', () => tuple([]));
  get('real', (s) => (s.dt.kind === 'c' ? scalar(s.dt.realType, s.v.re) : s));
  get('imag', (s) => (s.dt.kind === 'c' ? scalar(s.dt.realType, s.v.im) : scalar(s.dt, pyToDomain(0, s.dt))));
  get('T', (s) => s);
  get('base', () => null);
  // a scalar's flat is that of the 0-d array holding it
  get('flat', (s) => flatOf(asArray(s)));
  const unary = (name: string) => (s: NPScalar) => asScalarOperator(() => applyUfunc(ufunc(name), [s]));
  /** the real part of a complex scalar, warning that the imaginary part is lost; other scalars as they are */
  const realPart = (s: NPScalar): NPScalar => {
    if (s.dt.kind !== 'c') return s;
    warnComplexCast(s.dt, s.dt.realType);
    return scalar(s.dt.realType, s.v.re);
  };
  defineMethods(GenericType, {
    __repr__: (s: NPScalar) => scalarRepr(s),
    __str__: (s: NPScalar) => scalarStr(s),
    __format__: (s: NPScalar, [spec]) => formatScalar(s, spec),
    __hash__: (s: NPScalar) => pyHash(py(s)),
    __bool__: (s: NPScalar) => (s.dt.kind === 'c' ? s.v.re !== 0 || s.v.im !== 0 : s.dt.domain === 'bigint' ? s.v !== 0n : s.v !== 0),
    // a complex scalar converts to its real part, with NumPy's ComplexWarning
    __float__: (s: NPScalar) => floatOf(number(realPart(s), 'float() argument must be a string or a real number')),
    __int__: (s: NPScalar) => intOf(number(realPart(s), 'int() argument must be a string, a bytes-like object or a real number')),
    __complex__: (s: NPScalar) => complexOf(py(s)),
    __neg__: unary('negative'),
    __pos__: unary('positive'),
    // abs() of a complex scalar is scalarmath's libm hypot, not the absolute ufunc's SIMD formula
    __abs__: (s: NPScalar) => {
      if (s.dt.kind !== 'c') return asScalarOperator(() => applyUfunc(ufunc('absolute'), [s]));
      const r = hypot(s.v.re, s.v.im);
      return scalar(s.dt.realType, s.dt.itemsize === 8 ? Math.fround(r) : r);
    },
    __invert__: unary('invert'),
    __eq__: (s: NPScalar, [o]) => cmp('equal', s, o),
    __ne__: (s: NPScalar, [o]) => cmp('not_equal', s, o),
    __lt__: (s: NPScalar, [o]) => cmp('less', s, o),
    __le__: (s: NPScalar, [o]) => cmp('less_equal', s, o),
    __gt__: (s: NPScalar, [o]) => cmp('greater', s, o),
    __ge__: (s: NPScalar, [o]) => cmp('greater_equal', s, o),
    __divmod__: (s: NPScalar, [o]) => (noComplexSlot(s, o) ? NotImplemented : asScalarOperator(() => applyUfunc(ufunc('divmod'), [s, o]))),
    __rdivmod__: (s: NPScalar, [o]) => (noComplexSlot(s, o) ? NotImplemented : asScalarOperator(() => applyUfunc(ufunc('divmod'), [o, s]))),
    __round__: (s: NPScalar, args) => {
      if (s.dt.kind === 'b' || s.dt.kind === 'c') throwPy('TypeError', `type ${s.cls.tpName} doesn't define __round__ method`);
      if (args.length === 0 || args[0] === null) {
        const r = roundArray(s, 0, undefined) as NPScalar;
        return s.dt.kind === 'f' ? intOf(py(r)) : py(r);
      }
      return roundArray(s, pyIndex(args[0]), undefined);
    },
    item: (s: NPScalar) => py(s),
    tolist: (s: NPScalar) => py(s),
    astype: (s: NPScalar, args, kw) => {
      const p = kwArgs(args, kw, ['dtype']);
      const dt = toDType(p.dtype);
      // an object scalar is the Python value itself (a datetime64 gives a datetime.date)
      if (dt === D.object) return py(s);
      // str / bytes without a width take the width the value's text needs, as an array cast does
      if (dt.isText && dt.chars === 0) {
        const r = castCopy(asArray(s), dt);
        return scalar(r.dtype, r.get([]));
      }
      warnComplexCast(s.dt, dt);
      return reportingCast(() => scalar(dt, castScalar(s, dt)));
    },
    conjugate: unary('conjugate'),
    conj: unary('conjugate'),
    round: (s: NPScalar, args) => roundArray(s, args.length ? pyIndex(args[0]) : 0, undefined),
    __array__: (s: NPScalar) => asArray(s),
    // NumPy's gen_arrtype_subscript: index the scalar as a 0-d array (s[()] is the scalar, s[...] a 0-d
    // array, s[None] / s[True] 1-d); any failure is IndexError "invalid index to scalar variable."
    __getitem__: (s: NPScalar, [k]) => {
      const f = NDArrayType.lookup('__getitem__') as PyBuiltin;
      try {
        return f.meth!(asArray(s), [k], null);
      } catch {
        return throwPy('IndexError', 'invalid index to scalar variable.');
      }
    },
    ...Object.fromEntries(ARRAY_METHODS.map((name) => [name, (s: NPScalar, args: any[], kw: any) => viaArray(name, s, args, kw)])),
  });
  // the operators' special methods, for code that calls them by name (x.__rsub__(10)): the operator's own path
  const dunders: Record<string, string> = { '+': 'add', '-': 'sub', '*': 'mul', '/': 'truediv', '//': 'floordiv', '%': 'mod', '**': 'pow', '&': 'and', '|': 'or', '^': 'xor', '<<': 'lshift', '>>': 'rshift' };
  for (const [op, dn] of Object.entries(dunders)) {
    defineMethods(GenericType, {
      [`__${dn}__`]: (s: NPScalar, [o]: any[]) => binaryOp(op, s, o, false),
      [`__r${dn}__`]: (s: NPScalar, [o]: any[]) => binaryOp(op, s, o, true),
    });
  }
  // a subscript only: numpy scalars are not iterable and do not support `in`
  (GenericType.dict.__getitem__ as PyBuiltin).mappingOnly = true;
  // integers are rationals (numbers.Integral): the value over 1
  IntegerType.dict.numerator = new GetSet('numerator', (s: NPScalar) => s);
  IntegerType.dict.denominator = new GetSet('denominator', () => 1);
  defineMethods(IntegerType, {
    __index__: (s: NPScalar) => py(s),
    is_integer: () => true,
    // the number of one bits of the absolute value (Python's int.bit_count)
    bit_count: (s: NPScalar) => {
      let v = BigInt(s.v);
      if (v < 0n) v = -v;
      let n = 0;
      for (; v > 0n; v >>= 1n) n += Number(v & 1n);
      return n;
    },
  });
  defineMethods(FloatingType, {
    is_integer: (s: NPScalar) => Number.isFinite(s.v) && Number.isInteger(s.v),
    as_integer_ratio: (s: NPScalar) => {
      const f = FloatType.lookup('as_integer_ratio');
      return f.meth(float(s.v), [], null);
    },
  });
  void ComplexType;
}

/**
 * ndarray methods a NumPy scalar also has (NumPy's gentype_* methods): they run on the scalar as a 0-d
 * array, and a 0-d result comes back as a scalar (`np.float64(2.5).max()` is `np.float64(2.5)`).
 */
const ARRAY_METHODS = [
  'all', 'any', 'argmax', 'argmin', 'argsort', 'byteswap', 'choose', 'clip', 'compress', 'copy', 'cumprod', 'cumsum',
  'diagonal', 'dump', 'dumps', 'fill', 'flatten', 'max', 'mean', 'min', 'nonzero', 'prod', 'ravel', 'repeat', 'reshape',
  'resize', 'searchsorted', 'setflags', 'sort', 'squeeze', 'std', 'sum', 'swapaxes', 'take', 'tobytes', 'tofile', 'trace',
  'transpose', 'var', 'view',
];

const PY_CMP: Record<string, (a: any, b: any) => any> = { equal: eq, not_equal: ne, less: lt, less_equal: le, greater: gt, greater_equal: ge };

function viaArray(name: string, s: NPScalar, args: any[], kw: any): any {
  const f = NDArrayType.lookup(name);
  if (!(f instanceof PyBuiltin) || !f.meth) throwPy('AttributeError', `'${s.cls.name}' object has no attribute '${name}'`);
  const r = f.meth(asArray(s), args, kw);
  return r instanceof NDArray && r.ndim === 0 && (r as any).cls === NDArrayType ? scalar(r.dtype, r.get([])) : r;
}

function cmp(name: string, s: NPScalar, o: any): any {
  // a datetime64 beside a Python date compares as its Python value
  if (s.dt.timeUnit !== null && isPyTime(o)) return PY_CMP[name](py(s), o);
  const text = typeof o === 'string' || o instanceof PyBytes;
  if (!(o instanceof NPScalar || o instanceof NDArray || weakKind(o) || Array.isArray(o) || text)) {
    if (name === 'equal') return false;
    if (name === 'not_equal') return true;
    // NumPy defers to the Python value's own comparison, which names the Python type
    const pyName = ({ f: 'float', i: 'int', u: 'int', b: 'bool', c: 'complex' } as Record<string, string>)[s.dt.kind] ?? s.cls.tpName;
    throwPy('TypeError', `'${{ less: '<', less_equal: '<=', greater: '>', greater_equal: '>=' }[name]}' not supported between instances of '${pyName}' and '${typeOf(o).tpName}'`);
  }
  // a number is never equal to a str or bytes; ordering them fails in NumPy's promotion step
  if (text && s.dt.timeUnit === null && (name === 'equal' || name === 'not_equal')) return name === 'not_equal';
  return quickCompare(name, s, o) ?? applyUfunc(ufunc(name), [s, o]);
}
