/**
 * `numpy.ndarray` as a Python type: its attributes (shape — settable —, ndim, size, dtype, strides,
 * flags, base, T, real, imag, `__array_interface__` …), its operators (every arithmetic, comparison and
 * bitwise dunder, reflected and in-place forms, all through ufuncs) and its methods.
 *
 * The runtime NDArray object *is* the Python value: this file gives NDArray.prototype its Python class.
 * Truth testing follows NumPy: one element decides; more raise "The truth value of an array with more
 * than one element is ambiguous. Use a.any() or a.all()".
 */
import { NDArray, contiguousStrides } from '../../../runtime/ndarray';
import * as D from '../../../runtime/dtype';
import { builtinType, ObjectType, PyType } from '../../objects/pytype';
import { installSubclassing, wrapAs, subclassOf, wrapProduct, wrapDot } from './subclassing';
import { PyTuple, tuple, NotImplemented, isFloat, floatValue, PyBytes, PyFloat } from '../../objects/values';
import { throwPy } from '../../objects/errors';
import { defineMethods } from '../../objects/types/define';
import { GetSet } from '../../objects/descriptors';
import { Kw } from '../../objects/function';
import { truthy, compare, index as pyIndex, setExactItems } from '../../objects/protocols';
import { getAttrOrUndef } from '../../objects/attrs';
import { PyBoxed } from '../../objects/subclass';
import { PyDict } from '../../objects/hashtable';
import { nativeBinary } from '../../objects/arith';
import { ArrayIter, toArray } from '../../objects/iterators';
import { pyDType, toDType, optDType } from './dtypes';
import { NPScalar, scalar, domainToPy } from './scalars';
import { toDouble } from './randomArgs';
import { asArray, allocArray, castCopyLike, copyInto, toList, elementPy } from './coerce';
import { applyUfunc, kwArgs, dtRepr, operatorOverride, casting as castingArg } from './ufuncs';
import { ufunc } from './ufuncTable';
import { getIndex, setIndex } from './indexing';
import { realPart, imagPart } from './complexParts';
import { arrayRepr, arrayStr } from './printing';
import * as R from './reductions';
import { reshape, reshapeOrder, copyArg, transpose, squeeze, flatten, ravelOrder, memOrder, swapaxes, resolveShape, nocopyStrides } from './shape';
import { flatOf, setFlat } from './flatIter';
import { FlagsType, Flags } from './flags';
import { matmul, dot, dotInto } from './linalgBasic';
import { dotND } from './einsum';
import { floatOf, intOf, complexOf, formatScalar } from './scalarType';
import { roundArray, clip, nonzero, tobytes } from './misc';
import { heap } from '../../../runtime/memory';
import { warnFrom } from '../warnings';
import { repr as pyReprOf, str as pyStr } from '../../objects/repr';
import { RecArrayType, asRecarray, structuredEqual, installRecords } from './records';
import { NPVoid } from './structured';
import { sortInPlace, sortKind, argsort, searchsorted, sortingFunctions } from './sorting';
import { diagonal, resizeInPlace } from './rearrange';
import { repeat } from './joining';
import { take, selectionFunctions } from './selection';
import { call } from '../../objects/function';
import { scalarMath, quickArithmetic } from './scalarMath';
import { routeMethodsThroughUfuncs, nameKeywordComplaints } from './methodUfuncs';
import { installArrayBytes } from './arrayBytes';

export const NDArrayType = builtinType('ndarray', ObjectType, 'numpy');
(NDArray.prototype as any).cls = NDArrayType;

const BINOPS: Record<string, string> = {
  '+': 'add', '-': 'subtract', '*': 'multiply', '/': 'divide', '//': 'floor_divide', '%': 'remainder',
  '**': 'power', '&': 'bitwise_and', '|': 'bitwise_or', '^': 'bitwise_xor', '<<': 'left_shift', '>>': 'right_shift',
};

/**
 * NumPy's binop_should_defer for an operand that is no array, scalar or sequence: the array's operator
 * steps aside (NotImplemented, so Python tries the reflection) only for `__array_ufunc__ = None` or a
 * positive `__array_priority__`; any other object becomes an object-array operand, so its own operators
 * meet each element (`np.arange(2) + None` raises int + None's TypeError).
 */
function defersTo(v: any): boolean {
  if (getAttrOrUndef(v, '__array_ufunc__') === null) return true;
  const p = getAttrOrUndef(v, '__array_priority__');
  return p !== undefined && truthy(compare('>', p, 0));
}

/** Operands a binary operator on an array accepts (others get NotImplemented, so Python tries the reflection). */
export function arrayOperand(v: any): boolean {
  if (v instanceof NDArray || v instanceof NPScalar) return true;
  switch (typeof v) {
    case 'number':
    case 'bigint':
    case 'boolean':
    case 'string':
      return true;
  }
  if (v === null || v === undefined) return false;
  return Array.isArray(v) || v instanceof PyTuple || v?.cls?.name === 'float' || v?.cls?.name === 'complex';
}

export function binaryOp(op: string, a: any, b: any, reflected: boolean): any {
  if (op === '@') return reflected ? matmulOp(b, a) : matmulOp(a, b);
  const name = BINOPS[op];
  // NumPy float and int64 scalars beside numbers (array elements in a Python loop): no override can apply
  if (a instanceof NPScalar) {
    const q = reflected ? quickArithmetic(name, b, a) : quickArithmetic(name, a, b);
    if (q !== undefined) return q;
    // a scalar's generic add leaves `str + scalar` to str (NumPy's gentype_add)
    if (reflected && op === '+' && (typeof b === 'string' || b instanceof PyBytes)) return NotImplemented;
  }
  if (!name || (!arrayOperand(b) && defersTo(b))) return NotImplemented;
  if ((name === 'floor_divide' || name === 'remainder') && noComplexSlot(a, b)) return NotImplemented;
  const over = operatorOverride(name, reflected ? [b, a] : [a, b]);
  if (over !== undefined) return over;
  const sm = reflected ? scalarMath(name, b, a) : scalarMath(name, a, b);
  if (sm !== undefined) return sm;
  if (name === 'power' && !reflected) {
    const fast = fastScalarPower(a, b);
    if (fast !== null) return applyUfunc(ufunc(fast), [a]);
  }
  return applyUfunc(ufunc(name), reflected ? [b, a] : [a, b]);
}

/**
 * NumPy's complex scalars have no floor division, remainder or divmod: their operator returns
 * NotImplemented, and so does a real scalar's beside a complex scalar of the pair's common type (it
 * defers to that one), so Python reports "unsupported operand type(s)". Other pairs (a Python complex,
 * float64 with complex64, bools, arrays) reach the ufunc, which has no complex loop.
 */
export function noComplexSlot(self: any, other: any): boolean {
  if (!(self instanceof NPScalar)) return false;
  if (self.dt.kind === 'c') return !(other instanceof NDArray);
  if (self.dt.kind === 'b' || !(other instanceof NPScalar) || other.dt.kind !== 'c') return false;
  return D.resultType([self.dt, other.dt], []) === other.dt;
}

/**
 * NumPy's `fast_scalar_power`: a float or complex array to the Python int 2 or -1, or the Python float
 * 0.5, runs square, reciprocal or sqrt instead of power (so a warning names that ufunc, and complex
 * squares are exact products).
 */
function fastScalarPower(a: any, b: any): string | null {
  if (!(a instanceof NDArray) || (a.dtype.kind !== 'f' && a.dtype.kind !== 'c')) return null;
  if (b === 2) return 'square'; // Python ints are integral JS numbers
  if (b === -1) return 'reciprocal';
  if (isFloat(b) && floatValue(b) === 0.5) return 'sqrt';
  return null;
}

let npFns: Record<string, any> | null = null;
function callNp(name: string, args: any[], kw: Kw): any {
  npFns ??= { ...selectionFunctions(), ...sortingFunctions() };
  return call(npFns[name], args, kw);
}

function matmulOp(a: any, b: any): any {
  const over = operatorOverride('matmul', [a, b]);
  return over !== undefined ? over : wrapProduct(matmul(a, b), [a, b], true);
}

/** In-place operator: the result is cast back into `a` (same_kind), as NumPy's `a += b`. */
function inplaceOp(name: string, a: NDArray, b: any): any {
  const over = operatorOverride(name, [a, b], new Map([['out', tuple([a])]]));
  if (over !== undefined) return over;
  applyUfunc(ufunc(name), [a, b], { out: a });
  return a;
}

function unaryOp(name: string, a: NDArray): any {
  const over = operatorOverride(name, [a]);
  return over !== undefined ? over : applyUfunc(ufunc(name), [a]);
}

/** The array comparison operators (a == b, a < b …): ufunc loops plus NumPy's special cases. */
export function compareOp(name: string, a: NDArray, b: any): any {
  const over = operatorOverride(name, [a, b]);
  if (over !== undefined) return over;
  if (a.dtype.kind === 'O' || (b instanceof NDArray && b.dtype.kind === 'O')) return applyUfunc(ufunc(name), [a, b]);
  if (a.dtype.kind === 'V' && (name === 'equal' || name === 'not_equal')) {
    const other = b instanceof NPVoid ? b.arr : b;
    if (!(other instanceof NDArray) || other.dtype.kind !== 'V') throwPy('TypeError', 'Cannot compare structured or void to non-void arrays.');
    return structuredEqual(a, other, name === 'not_equal');
  }
  // None is equal to no element; ordering meets each element (int < None raises)
  if (b === null) return name === 'equal' || name === 'not_equal' ? fullBool(a, name === 'not_equal') : applyUfunc(ufunc(name), [a, b]);
  if (!arrayOperand(b) && !(b instanceof Object) && typeof b !== 'string') return NotImplemented;
  if (typeof b === 'string' && a.dtype.kind !== 'U' && (name === 'equal' || name === 'not_equal')) return fullBool(a, name === 'not_equal');
  // a str array is never equal to a number or to bytes (NumPy's == catches the missing loop)
  if ((name === 'equal' || name === 'not_equal') && textKind(a) !== textKind(b)) return fullBool(a, name === 'not_equal');
  return applyUfunc(ufunc(name), [a, b]);
}

/** 'U' for str values and arrays, 'S' for bytes ones, '' otherwise */
function textKind(v: any): string {
  if (v instanceof PyBoxed) v = v.value; // a str or bytes subclass instance
  if (typeof v === 'string') return 'U';
  if (v instanceof PyBytes) return 'S';
  const k = v instanceof NDArray ? v.dtype.kind : v instanceof NPScalar ? v.dt.kind : Array.isArray(v) || v instanceof PyTuple ? asArray(v).dtype.kind : '';
  return k === 'U' || k === 'S' ? k : '';
}

function fullBool(a: NDArray, v: boolean): NDArray {
  const r = allocArray(a.shape, D.bool, true);
  if (v) new Uint8Array(heap.buffer, r.addr, r.size).fill(1);
  return r;
}

export function arrayTruth(a: NDArray): boolean {
  if (a.size === 1) return truthy(scalarOf(a, a.shape.map(() => 0)));
  if (a.size === 0) throwPy('ValueError', 'The truth value of an empty array is ambiguous. Use `array.size > 0` to check that an array is not empty.');
  return throwPy('ValueError', 'The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()');
}

function scalarOf(a: NDArray, idx: number[]): NPScalar {
  return scalar(a.dtype, a.get(idx));
}

function onlyElement(a: NDArray): any {
  if (a.ndim !== 0) throwPy('TypeError', 'only 0-dimensional arrays can be converted to Python scalars');
  return elementPy(a, []);
}

/** the parameters of ndarray.var and ndarray.std */
export const VAR_PARAMS = ['axis', 'dtype', 'out', 'ddof', 'keepdims', 'where', 'mean'];

/** Reduction keyword parsing shared by the methods (a.sum(axis=…, dtype=…, out=…, keepdims=…)). */
export function redOpts(args: any[], kw: Kw, names: string[]): R.RedOpts & { ddof?: number; mean?: any } {
  const p = kwArgs(args, kw, names);
  return {
    axis: p.axis,
    dtype: optDType(p.dtype),
    out: p.out ?? undefined,
    keepdims: p.keepdims !== undefined && truthy(p.keepdims),
    initial: p.initial,
    where: p.where,
    ddof: p.ddof !== undefined ? toDouble(p.ddof) : undefined,
    mean: p.mean,
  };
}

function arrayInterface(a: NDArray): PyDict {
  const d = new PyDict();
  d.set('data', tuple([a.addr, !a.writeable]));
  d.set('strides', a.cContiguous ? null : tuple(a.strides));
  d.set('descr', [tuple(['', a.dtype.str])]);
  d.set('typestr', a.dtype.str);
  d.set('shape', tuple(a.shape));
  d.set('version', 3);
  return d;
}

function getset(name: string, get: (a: NDArray) => any, set: ((a: NDArray, v: any) => void) | null = null): void {
  NDArrayType.dict[name] = new GetSet(name, get, set);
}

function setShape(a: NDArray, v: any): void {
  const shape = resolveShape(v, a.size);
  // any shape the data can take without a copy (NumPy's _attempt_nocopy_reshape), strided views included
  const strides = a.size <= 1 || a.cContiguous ? contiguousStrides(shape, a.itemsize) : nocopyStrides(a, shape, 'C');
  if (strides === null) {
    throwPy('AttributeError', 'Incompatible shape for in-place modification. Use `.reshape()` to make a copy with the desired shape.');
  }
  a.shape = shape;
  a.strides = strides;
}

/**
 * `a.strides = ...` (deprecated in NumPy 2.4 but still honoured): the new strides must keep every
 * element inside the memory of the array that owns the data.
 */
function setStrides(a: NDArray, v: any): void {
  warnFrom('DeprecationWarning', 'Setting the strides on a NumPy array has been deprecated in NumPy 2.4.\nAs an alternative, you can create a new view using np.lib.stride_tricks.as_strided.');
  const items = toArray(v);
  if (items.length !== a.ndim) throwPy('ValueError', `strides must be  same length as shape (${a.ndim})`);
  const strides = items.map((x) => pyIndex(x));
  const owner = a.owner;
  const offset = a.offset - owner.offset;
  let lo = 0;
  let hi = 0;
  if (a.size > 0) {
    for (let i = 0; i < a.ndim; i++) {
      const span = strides[i] * (a.shape[i] - 1);
      if (span < 0) lo += span;
      else hi += span;
    }
    if (offset + lo < 0 || offset + hi + a.itemsize > owner.nbytes) throwPy('ValueError', 'strides is not compatible with available memory');
  }
  a.strides = strides;
}

let methods: Record<string, (a: NDArray, args: any[], kw: Kw) => any> = {};

export function installArrayType(): void {
  // exact ndarrays are subscripted without looking up __getitem__ (their methods below do just this)
  setExactItems(NDArrayType, getIndex, setIndex);
  installSubclassing(NDArrayType);
  installRecords(NDArrayType);
  getset('shape', (a) => tuple(a.shape), setShape);
  getset('ndim', (a) => a.ndim);
  getset('size', (a) => a.size);
  getset('itemsize', (a) => a.itemsize);
  getset('nbytes', (a) => a.nbytes);
  // the Array API's device: NumPy arrays are always on the CPU
  getset('device', () => 'cpu');
  getset('strides', (a) => tuple(a.strides), setStrides);
  getset('dtype', (a) => pyDType(a.dtype));
  getset('base', (a) => a.base);
  getset('T', (a) => transpose(a, null));
  getset('mT', (a) => swapaxes(a, -1, -2));
  getset('real', (a) => realPart(a), (a, v) => copyInto(realPart(a), asArray(v)));
  getset('imag', (a) => imagPart(a), (a, v) => copyInto(imagPart(a), asArray(v)));
  getset('flags', (a) => new Flags(a));
  getset('flat', (a) => flatOf(a), (a, v) => setFlat(a, v));
  getset('data', (a) => a.addr);
  getset('__array_interface__', arrayInterface);
  getset('__array_priority__', () => new PyFloat(0));
  void FlagsType;

  methods = {
    __repr__: (a) => arrayRepr(a),
    __str__: (a) => arrayStr(a),
    __len__: (a) => {
      if (a.ndim === 0) throwPy('TypeError', 'len() of unsized object');
      return a.shape[0];
    },
    __iter__: (a) => {
      if (a.ndim === 0) throwPy('TypeError', 'iteration over a 0-d array');
      const n = a.shape[0];
      const items = new Array(n);
      for (let i = 0; i < n; i++) items[i] = getIndex(a, i);
      return new ArrayIter(items);
    },
    __getitem__: (a, [k]) => {
      const r = getIndex(a, k);
      // copies made by advanced indexing keep the subclass too
      const cls = subclassOf(a);
      return cls && r instanceof NDArray && subclassOf(r) === null ? wrapAs(r, cls, a) : r;
    },
    __setitem__: (a, [k, v]) => {
      setIndex(a, k, v);
      return null;
    },
    __contains__: (a, [v]) => truthy(R.any(applyUfunc(ufunc('equal'), [a, v]), {})),
    __bool__: (a) => arrayTruth(a),
    __float__: (a) => floatOf(onlyElement(a)),
    __int__: (a) => intOf(onlyElement(a)),
    __complex__: (a) => complexOf(onlyElement(a)),
    __index__: (a) => {
      if (a.ndim !== 0 || (a.dtype.kind !== 'i' && a.dtype.kind !== 'u' && a.dtype.kind !== 'b')) throwPy('TypeError', 'only integer scalar arrays can be converted to a scalar index');
      return elementPy(a, []);
    },
    __neg__: (a) => unaryOp('negative', a),
    __pos__: (a) => unaryOp('positive', a),
    __abs__: (a) => unaryOp('absolute', a),
    __invert__: (a) => unaryOp('invert', a),
    __eq__: (a, [b]) => compareOp('equal', a, b),
    __ne__: (a, [b]) => compareOp('not_equal', a, b),
    __lt__: (a, [b]) => compareOp('less', a, b),
    __le__: (a, [b]) => compareOp('less_equal', a, b),
    __gt__: (a, [b]) => compareOp('greater', a, b),
    __ge__: (a, [b]) => compareOp('greater_equal', a, b),
    __copy__: (a) => castCopyLike(a, a.dtype, 'K'),
    __deepcopy__: (a) => castCopyLike(a, a.dtype, 'K'),
    __array__: (a, args, kw) => {
      const p = kwArgs(args, kw, ['dtype', 'copy']);
      const dt = p.dtype === undefined || p.dtype === null ? a.dtype : toDType(p.dtype);
      const r = dt !== a.dtype || (p.copy !== undefined && p.copy !== null && truthy(p.copy)) ? castCopyLike(a, dt, 'K') : a;
      // always a base-class array
      return subclassOf(r) === null ? r : new NDArray(r.block, r.dtype, r.shape, r.strides, r.offset, r.owner, r.writeable);
    },
    __format__: (a, [spec]) => {
      // a 0-d array formats its item (a bytes item as b'...', unlike its str())
      if ((spec === '' || spec === undefined) && a.ndim === 0 && a.dtype.kind === 'S') return pyStr(scalar(a.dtype, a.get([])));
      if (spec === '' || spec === undefined) return arrayStr(a);
      if (a.ndim === 0) return formatScalar(scalar(a.dtype, a.get([])), spec);
      return throwPy('TypeError', 'unsupported format string passed to numpy.ndarray.__format__');
    },
    tolist: (a, args) => {
      if (args.length) throwPy('TypeError', `function takes exactly 0 arguments (${args.length} given)`);
      return toList(a);
    },
    item: (a, args) => {
      // item((i,)) is item(i), item(()) is item()
      if (args.length === 1 && args[0] instanceof PyTuple && args[0].items.length <= 1) args = args[0].items;
      if (args.length === 0) {
        if (a.size !== 1) throwPy('ValueError', 'can only convert an array of size 1 to a Python scalar');
        return elementPy(a, a.shape.map(() => 0));
      }
      const flatIdx = args.length === 1 && !(args[0] instanceof PyTuple) ? pyIndex(args[0]) : null;
      if (flatIdx !== null) {
        const n = a.size;
        let i = flatIdx;
        // a 1-d array reports its axis, like its own subscript
        if (i < -n || i >= n) throwPy('IndexError', `index ${i} is out of bounds for ${a.ndim === 1 ? 'axis 0 with ' : ''}size ${n}`);
        if (i < 0) i += n;
        const idx: number[] = [];
        for (let d = a.ndim - 1; d >= 0; d--) {
          idx.unshift(i % a.shape[d]);
          i = Math.floor(i / a.shape[d]);
        }
        return elementPy(a, idx);
      }
      const items = args[0] instanceof PyTuple ? args[0].items : args;
      // one index per dimension, or one flat index (NumPy's item() checks the count itself)
      if (items.length !== a.ndim) throwPy('ValueError', 'incorrect number of indices for array');
      const r = getIndex(a, tuple(items));
      return r instanceof NPScalar ? domainToPy(r.dt, r.v) : r;
    },
    copy: (a, args, kw) => {
      const p = kwArgs(args, kw, ['order']);
      const r = castCopyLike(a, a.dtype, p.order ?? 'C');
      const cls = subclassOf(a);
      return cls && subclassOf(r) === null ? wrapAs(r, cls, a) : r;
    },
    astype: (a, args, kw) => {
      const p = kwArgs(args, kw, ['dtype', 'order', 'casting', 'subok', 'copy']);
      const dt = toDType(p.dtype);
      const casting = castingArg(p.casting, 'unsafe', true);
      if (!D.canCast(a.dtype, dt, casting)) {
        throwPy('TypeError', `Cannot cast array data from ${dtRepr(a.dtype)} to ${dtRepr(dt)} according to the rule '${casting}'`);
      }
      if (p.copy !== undefined && !truthy(p.copy) && dt === a.dtype) return a;
      const r = castCopyLike(a, dt, p.order ?? 'K');
      // the subclass is kept unless subok=False
      const cls = subclassOf(a);
      return cls && (p.subok === undefined || truthy(p.subok)) ? wrapAs(r, cls, a) : r;
    },
    view: (a, args, kw) => {
      const p = kwArgs(args, kw, ['dtype', 'type']);
      // view(SomeSubclass) or view(type=SomeSubclass): same data, another Python class
      if (p.dtype instanceof PyType && p.dtype.isSubtypeOf(NDArrayType)) [p.type, p.dtype] = [p.dtype, undefined];
      if (p.type === RecArrayType) return asRecarray(a);
      if (p.type instanceof PyType) {
        const base = p.dtype === undefined || p.dtype === null ? a : (methods.view(a, [p.dtype], null) as NDArray);
        const v = new NDArray(base.block, base.dtype, base.shape.slice(), base.strides.slice(), base.offset, base.owner, base.writeable);
        return p.type === NDArrayType ? v : wrapAs(v, p.type, a);
      }
      if (p.dtype === undefined || p.dtype === null) return a.view(a.shape.slice(), a.strides.slice(), a.offset);
      const dt = toDType(p.dtype);
      if ((dt.kind === 'O' || a.dtype.kind === 'O') && dt.kind !== a.dtype.kind) throwPy('TypeError', 'Cannot change data-type for array of references.');
      if (dt.itemsize === a.itemsize) return a.view(a.shape.slice(), a.strides.slice(), a.offset, dt);
      if (a.ndim === 0 || a.strides[a.ndim - 1] !== a.itemsize) throwPy('ValueError', 'To change to a dtype of a different size, the last axis must be contiguous');
      const last = a.shape[a.ndim - 1] * a.itemsize;
      if (last % dt.itemsize !== 0) {
        throwPy('ValueError', dt.itemsize > a.itemsize
          ? 'When changing to a larger dtype, its size must be a divisor of the total size in bytes of the last axis of the array.'
          : 'When changing to a smaller dtype, its size must be a divisor of the size of original dtype');
      }
      const shape = a.shape.slice();
      shape[shape.length - 1] = last / dt.itemsize;
      const strides = a.strides.slice();
      strides[strides.length - 1] = dt.itemsize;
      return a.view(shape, strides, a.offset, dt);
    },
    fill: (a, args) => {
      if (args.length !== 1) throwPy('TypeError', `fill() takes exactly 1 argument (${args.length} given)`);
      copyInto(a, asArray(args[0], a.dtype));
      return null;
    },
    reshape: (a, args, kw) => {
      const p = kwArgs([], kw, ['order', 'copy']);
      if (p.order !== undefined && !['C', 'F', 'A', 'K'].includes(p.order)) throwPy('ValueError', `order must be one of 'C', 'F', 'A', or 'K' (got ${pyReprOf(p.order)})`);
      const shapeArg = args.length === 1 ? args[0] : tuple(args);
      return reshape(a, shapeArg, reshapeOrder(a, p.order), copyArg(p.copy));
    },
    transpose: (a, args) => transpose(a, args.length === 0 ? null : args.length === 1 ? args[0] : tuple(args)),
    swapaxes: (a, [x, y]) => swapaxes(a, pyIndex(x), pyIndex(y)),
    // the Array API's to_device: only the CPU exists, and the array itself is returned
    to_device: (a, args, kw) => {
      if (args.length !== 1) throwPy('TypeError', `to_device() takes exactly 1 positional argument (${args.length} given)`);
      if (args[0] !== 'cpu') throwPy('ValueError', `Unsupported device: ${pyStr(args[0])}. Only 'cpu' is accepted.`);
      const stream = kw?.get('stream');
      if (stream !== undefined && stream !== null) throwPy('ValueError', 'The stream argument in to_device() is not supported');
      return a;
    },
    squeeze: (a, args, kw) => squeeze(a, kwArgs(args, kw, ['axis']).axis),
    flatten: (a, args, kw) => flatten(a, memOrder(kwArgs(args, kw, ['order']).order)),
    ravel: (a, args, kw) => {
      const order = memOrder(kwArgs(args, kw, ['order']).order);
      return order === 'C' ? R.ravel(a) : ravelOrder(a, order);
    },
    sum: (a, args, kw) => R.sum(a, redOpts(args, kw, ['axis', 'dtype', 'out', 'keepdims', 'initial', 'where'])),
    prod: (a, args, kw) => R.prod(a, redOpts(args, kw, ['axis', 'dtype', 'out', 'keepdims', 'initial', 'where'])),
    max: (a, args, kw) => R.amax(a, redOpts(args, kw, ['axis', 'out', 'keepdims', 'initial', 'where'])),
    min: (a, args, kw) => R.amin(a, redOpts(args, kw, ['axis', 'out', 'keepdims', 'initial', 'where'])),
    all: (a, args, kw) => R.all(a, redOpts(args, kw, ['axis', 'out', 'keepdims', 'where'])),
    any: (a, args, kw) => R.any(a, redOpts(args, kw, ['axis', 'out', 'keepdims', 'where'])),
    mean: (a, args, kw) => R.mean(a, redOpts(args, kw, ['axis', 'dtype', 'out', 'keepdims', 'where'])),
    var: (a, args, kw) => R.variance(a, redOpts(args, kw, VAR_PARAMS)),
    std: (a, args, kw) => R.variance(a, redOpts(args, kw, VAR_PARAMS), true),
    argmax: (a, args, kw) => {
      const p = kwArgs(args, kw, ['axis', 'out', 'keepdims']);
      return R.argExtreme(a, p.axis, true, p.keepdims !== undefined && truthy(p.keepdims), p.out);
    },
    argmin: (a, args, kw) => {
      const p = kwArgs(args, kw, ['axis', 'out', 'keepdims']);
      return R.argExtreme(a, p.axis, false, p.keepdims !== undefined && truthy(p.keepdims), p.out);
    },
    cumsum: (a, args, kw) => {
      const p = kwArgs(args, kw, ['axis', 'dtype', 'out']);
      return R.cumulative('add', a, p.axis, optDType(p.dtype), p.out);
    },
    cumprod: (a, args, kw) => {
      const p = kwArgs(args, kw, ['axis', 'dtype', 'out']);
      return R.cumulative('multiply', a, p.axis, optDType(p.dtype), p.out);
    },
    round: (a, args, kw) => {
      const p = kwArgs(args, kw, ['decimals', 'out']);
      return roundArray(a, p.decimals === undefined ? 0 : pyIndex(p.decimals), p.out);
    },
    clip: (a, args, kw) => {
      const p = kwArgs(args, kw, ['min', 'max', 'out']);
      return clip(a, p.min ?? null, p.max ?? null, p.out);
    },
    conj: (a) => applyUfunc(ufunc('conjugate'), [a]),
    conjugate: (a) => applyUfunc(ufunc('conjugate'), [a]),
    nonzero: (a) => nonzero(a),
    dot: (a, args, kw) => {
      const p = kwArgs(args, kw, ['b', 'out']);
      const bb = asArray(p.b);
      const r = a.ndim === 0 || bb.ndim === 0 ? applyUfunc(ufunc('multiply'), [a, p.b]) : wrapDot(a.ndim > 2 || bb.ndim > 2 ? dotND(a, bb) : dot(a, bb), a, bb);
      return p.out === undefined || p.out === null ? r : dotInto(r, p.out);
    },
    __matmul__: (a, [b]) => wrapProduct(matmul(a, b), [a, b], true),
    __divmod__: (a, [b]) => applyUfunc(ufunc('divmod'), [a, b]),
    __rdivmod__: (a, [b]) => applyUfunc(ufunc('divmod'), [b, a]),
    __rmatmul__: (a, [b]) => wrapProduct(matmul(b, a), [b, a], true),
    // a @= b is matmul(a, b, out=a): the shape stays, the product is cast back (same_kind)
    __imatmul__: (a, [b]) => operatorOverride('matmul', [a, b], new Map([['out', tuple([a])]])) ?? call(ufunc('matmul'), [a, b], new Map([['out', a]])),
    tobytes: (a, args, kw) => tobytes(a, memOrder(kwArgs(args, kw, ['order']).order)),
    sort: (a, args, kw) => {
      const p = kwArgs(args, kw, ['axis', 'kind', 'order', 'stable']);
      sortKind(p.kind, p.stable);
      if (!a.writeable) throwPy('ValueError', 'assignment destination is read-only');
      sortInPlace(a, p.axis ?? -1, p.order);
      return null;
    },
    partition: (a, args, kw) => {
      // in place, as np.partition's copy written back
      const p = kwArgs(args, kw, ['kth', 'axis', 'kind', 'order']);
      if (!a.writeable) throwPy('ValueError', 'assignment destination is read-only');
      const r = callNp('partition', [a, p.kth, p.axis === undefined ? -1 : p.axis], null);
      copyInto(a, r);
      return null;
    },
    argpartition: (a, args, kw) => {
      const p = kwArgs(args, kw, ['kth', 'axis', 'kind', 'order']);
      return callNp('argpartition', [a, p.kth, p.axis === undefined ? -1 : p.axis], null);
    },
    put: (a, args, kw) => {
      const p = kwArgs(args, kw, ['indices', 'values', 'mode']);
      return callNp('put', [a, p.indices, p.values, p.mode ?? 'raise'], null);
    },
    choose: (a, args, kw) => {
      const p = kwArgs(args, kw, ['choices', 'out', 'mode']);
      return callNp('choose', [a, p.choices, p.out ?? null, p.mode ?? 'raise'], null);
    },
    argsort: (a, args, kw) => {
      const p = kwArgs(args, kw, ['axis', 'kind', 'order', 'stable']);
      return argsort(a, p.axis === undefined ? -1 : p.axis, p.order, p.kind, p.stable);
    },
    searchsorted: (a, args, kw) => {
      const p = kwArgs(args, kw, ['v', 'side', 'sorter']);
      return searchsorted(a, p.v, p.side === undefined ? 'left' : p.side, p.sorter);
    },
    diagonal: (a, args, kw) => {
      const p = kwArgs(args, kw, ['offset', 'axis1', 'axis2']);
      return diagonal(a, p.offset === undefined ? 0 : pyIndex(p.offset), p.axis1 === undefined ? 0 : pyIndex(p.axis1), p.axis2 === undefined ? 1 : pyIndex(p.axis2));
    },
    trace: (a, args, kw) => {
      const p = kwArgs(args, kw, ['offset', 'axis1', 'axis2', 'dtype', 'out']);
      const d = diagonal(a, p.offset === undefined ? 0 : pyIndex(p.offset), p.axis1 === undefined ? 0 : pyIndex(p.axis1), p.axis2 === undefined ? 1 : pyIndex(p.axis2));
      const r = R.sum(d, { axis: -1, dtype: optDType(p.dtype) });
      if (p.out !== undefined && p.out !== null) return R.finishOut(r, p.out);
      // a subclass's trace of a matrix is still a scalar
      return r instanceof NDArray && r.ndim === 0 ? scalar(r.dtype, r.get([])) : r;
    },
    repeat: (a, args, kw) => {
      const p = kwArgs(args, kw, ['repeats', 'axis']);
      return repeat(a, p.repeats, p.axis);
    },
    take: (a, args, kw) => {
      const p = kwArgs(args, kw, ['indices', 'axis', 'out', 'mode']);
      return R.finishOut(take(a, p.indices, p.axis, p.mode ?? 'raise'), p.out);
    },
    resize: (a, args, kw) => {
      kwArgs([], kw, ['refcheck']);
      const r = resizeInPlace(a, args.length === 1 ? args[0] : tuple(args));
      a.block = r.block;
      a.shape = r.shape;
      a.strides = r.strides;
      a.offset = r.offset;
      return null;
    },
    compress: (a, args, kw) => {
      const p = kwArgs(args, kw, ['condition', 'axis', 'out']);
      return callNp('compress', [p.condition, a, p.axis ?? null, p.out ?? null], null);
    },
    __round__: (a, args) => roundArray(a, args.length ? pyIndex(args[0]) : 0, undefined),
  };
  // methods of a subclass instance give instances of its class (NumPy creates them with the receiver's type)
  for (const [name, f] of Object.entries(methods)) {
    if (PLAIN_RESULT_METHODS.has(name)) continue;
    methods[name] = (a, args, kw) => {
      const r = f(a, args, kw);
      if (!(r instanceof NDArray) || r === a) return r;
      // rounding to other than whole numbers gives a base-class array
      if (name === 'round' && ((args.length && args[0] !== 0) || (kw?.has('decimals') && kw.get('decimals') !== 0))) return r;
      const cls = subclassOf(a);
      return cls !== null && subclassOf(r) === null ? wrapAs(r, cls, a) : r;
    };
  }
  routeMethodsThroughUfuncs(methods);
  nameKeywordComplaints(methods);
  for (const [op, name] of Object.entries(BINOPS)) {
    const dn = DUNDER_NAMES[op];
    methods[`__${dn}__`] = (a, [b]) => binaryOp(op, a, b, false);
    methods[`__r${dn}__`] = (a, [b]) => binaryOp(op, a, b, true);
    methods[`__i${dn}__`] = (a, [b]) => inplaceOp(name, a, b);
  }
  defineMethods(NDArrayType, methods);
  installArrayBytes(NDArrayType);
  // mutable, so unhashable: `ndarray.__hash__ is None`, and dicts and sets refuse arrays as keys
  NDArrayType.dict.__hash__ = null;
  nativeBinary.set(NDArrayType, binaryOp);
}

/** methods that do not pass a receiver's subclass on to their result (or do so themselves) */
const PLAIN_RESULT_METHODS = new Set([
  '__array__', 'tolist', 'item', 'view', 'astype', '__getitem__', '__neg__', '__pos__', '__abs__', '__invert__',
  '__eq__', '__ne__', '__lt__', '__le__', '__gt__', '__ge__', '__iter__', '__repr__', '__str__', 'searchsorted',
  '__matmul__', '__rmatmul__', 'dot',
]);

const DUNDER_NAMES: Record<string, string> = {
  '+': 'add', '-': 'sub', '*': 'mul', '/': 'truediv', '//': 'floordiv', '%': 'mod', '**': 'pow',
  '&': 'and', '|': 'or', '^': 'xor', '<<': 'lshift', '>>': 'rshift',
};

