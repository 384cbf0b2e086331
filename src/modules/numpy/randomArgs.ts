/**
 * Argument handling shared by `numpy.random`'s RandomState and Generator, following NumPy's
 * numpy/random/_common.pyx: the `size` argument, scalar-versus-array parameters, output arrays filled in
 * C order, and `cont` — the driver of every continuous distribution. With scalar parameters `cont`
 * checks them once and returns a Python float (size None) or a filled array; with array parameters it
 * broadcasts them (against `size` when given) and draws one value per output element in C order, as
 * NumPy's cont_broadcast_* loops do. Parameter checks use NumPy's wording ("scale < 0").
 */
import { NDArray, broadcastShapes, broadcastStrides } from '../../../runtime/ndarray';
import { DType } from '../../../runtime/dtype';
import * as D from '../../../runtime/dtype';
import { heap } from '../../../runtime/memory';
import { PyTuple, float } from '../../objects/values';
import { throwPy } from '../../objects/errors';
import { index as pyIndex } from '../../objects/protocols';
import { asFloat } from '../../objects/arith';
import { typeOf } from '../../objects/pytype';
import { NPScalar, weakKind } from './scalars';
import { asArray, allocArray } from './coerce';
import { shapeRepr, shapeCompact } from './alloc';
import { singleDim } from './shape';

/** The `size` argument as a shape; null for None. */
export function sizeShape(size: any): number[] | null {
  if (size === undefined || size === null) return null;
  if (size instanceof PyTuple) return size.items.map((x) => pyIndex(x));
  if (Array.isArray(size)) return size.map((x) => pyIndex(x));
  if (size instanceof NDArray) return size.toArray().map((x) => pyIndex(typeof x === 'bigint' ? Number(x) : x));
  return [singleDim(size)];
}

/** True for what NumPy turns into a 0-d array: Python and NumPy scalars, and 0-d arrays. */
export function isScalarLike(v: any): boolean {
  if (v instanceof NDArray) return v.ndim === 0;
  return v instanceof NPScalar || weakKind(v) !== null;
}

/** A scalar parameter as a double (PyFloat_AsDouble). */
export function toDouble(v: any): number {
  if (v instanceof NDArray && v.ndim === 0) return toDouble(new NPScalar(v.dtype, v.get([])));
  if (v instanceof NPScalar) {
    if (v.dt.kind === 'c') return v.v.re;
    return typeof v.v === 'bigint' ? Number(v.v) : Number(v.v);
  }
  const f = asFloat(v);
  if (f === undefined) throwPy('TypeError', `must be real number, not ${typeOf(v).tpName}`);
  return f;
}

/** A new array of `shape` (float64 or float32) filled with `draw(i)` for i = 0, 1, … in C order. */
export function fillArray(shape: number[], dt: DType, draw: (i: number) => number): NDArray {
  const out = allocArray(shape, dt);
  const n = out.size;
  if (n === 0) return out;
  const v = dt === D.float32 ? new Float32Array(heap.buffer, out.addr, n) : new Float64Array(heap.buffer, out.addr, n);
  for (let i = 0; i < n; i++) v[i] = draw(i);
  return out;
}

/** A new array of `shape` (dtype `dt`) whose n elements `bulk(addr, n)` writes at the data's address. */
export function fillArrayBulk(shape: number[], dt: DType, bulk: (addr: number, n: number) => void): NDArray {
  const out = allocArray(shape, dt);
  const n = out.size;
  if (n > 0) bulk(out.addr, n);
  return out;
}

/** Broadcast shapes, or NumPy's "shape mismatch" ValueError naming the first pair that fails. */
export function broadcastOrThrow(shapes: number[][]): number[] {
  const b = broadcastShapes(shapes);
  if (b) return b;
  for (let i = 0; i < shapes.length; i++) {
    for (let j = 0; j < i; j++) {
      if (!broadcastShapes([shapes[j], shapes[i]])) {
        throwPy('ValueError', `shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg ${j} with shape ${shapeRepr(shapes[j])} and arg ${i} with shape ${shapeRepr(shapes[i])}.`);
      }
    }
  }
  return throwPy('ValueError', 'shape mismatch: objects cannot be broadcast to a single shape.');
}

/** The broadcast of two shapes, or the ValueError of a NumPy ufunc given operands of these shapes. */
export function ufuncBroadcast(a: number[], b: number[]): number[] {
  return broadcastShapes([a, b]) ?? throwPy('ValueError', `operands could not be broadcast together with shapes ${shapeCompact(a)} ${shapeCompact(b)} `);
}

/** The elements of `a` broadcast to `shape`, in C order (domain values). */
export function broadcastValues(a: NDArray, shape: number[]): any[] {
  return a.view(shape.slice(), broadcastStrides(a, shape), a.offset).toArray();
}

/**
 * The output shape for array parameters of `shapes`: their broadcast, or `size` when given — which the
 * parameters must broadcast to (NumPy's validate_output_shape).
 */
export function outputShape(size: number[] | null, shapes: number[][]): number[] {
  if (size === null) return broadcastOrThrow(shapes);
  const b = broadcastOrThrow([size, ...shapes]);
  if (b.length !== size.length || b.some((s, i) => s !== size[i])) {
    throwPy('ValueError', `Output size ${shapeRepr(size)} is not compatible with broadcast dimensions of inputs ${shapeRepr(b)}.`);
  }
  return size;
}

/** A distribution parameter: its value, its name in messages, and whether it must be non-negative. */
export interface Param {
  value: any;
  name: string;
  nonNegative: boolean;
}

function signbit(x: number): boolean {
  return x < 0 || Object.is(x, -0);
}

/**
 * NumPy's `cont`: draws `f(a, b)` (b is 0 for one-parameter distributions) for each output element —
 * a Python float when every parameter is a scalar and size is None. With scalar parameters and a size,
 * `bulk(addr, n, a, b)`, when given, fills the n outputs at once instead (the same values).
 */
export function cont(sizeArg: any, params: Param[], f: (a: number, b: number) => number, bulk?: (addr: number, n: number, a: number, b: number) => void): any {
  const size = sizeShape(sizeArg);
  if (params.every((p) => isScalarLike(p.value))) {
    const vals = params.map((p) => {
      const x = toDouble(p.value);
      if (p.nonNegative && !Number.isNaN(x) && signbit(x)) throwPy('ValueError', `${p.name} < 0`);
      return x;
    });
    const a = vals[0] ?? 0, b = vals[1] ?? 0;
    if (size === null) return float(f(a, b));
    // `bulk` writes the same values as `f` would, many at a time
    if (bulk) return fillArrayBulk(size, D.float64, (addr, n) => bulk(addr, n, a, b));
    return fillArray(size, D.float64, () => f(a, b));
  }
  const arrays = params.map((p) => asArray(p.value, D.float64));
  const shape = outputShape(size, arrays.map((x) => x.shape));
  params.forEach((p, k) => {
    if (p.nonNegative && arrays[k].toArray().some((x: number) => !Number.isNaN(x) && signbit(x))) throwPy('ValueError', `${p.name} < 0`);
  });
  const va = broadcastValues(arrays[0], shape);
  const vb = arrays.length > 1 ? broadcastValues(arrays[1], shape) : null;
  return fillArray(shape, D.float64, (i) => f(va[i], vb ? vb[i] : 0));
}

/**
 * NumPy's parameter constraints (_common.pyx constraint_type) — each with its scalar and array wording:
 * scalars say "is NaN" where arrays say "contains NaNs", and the Poisson checks run in a different order
 * for scalars, Generator arrays and RandomState arrays.
 */
export type Cons = 'none' | 'nonNeg' | 'positive' | 'positiveNotNan' | 'bounded01' | 'boundedGt01' | 'boundedLt01' | 'gt1' | 'gte1' | 'poisson' | 'legacyPoisson';

/** NumPy's POISSON_LAM_MAX: int64 max - 10 sqrt(int64 max), as a double. */
export const POISSON_LAM_MAX = 9223372036854775807 - Math.sqrt(9223372036854775807) * 10;

function consFail(name: string, cons: Cons, array: boolean): string {
  const nan = array ? `${name} contains NaNs` : `${name} is NaN`;
  switch (cons) {
    case 'nonNeg': return `${name} < 0`;
    case 'positive': case 'positiveNotNan': return `${name} <= 0`;
    case 'bounded01': return `${name} < 0, ${name} > 1 or ${nan}`;
    case 'boundedGt01': return `${name} <= 0, ${name} > 1 or ${name} contains NaNs`;
    case 'boundedLt01': return `${name} < 0, ${name} >= 1 or ${nan}`;
    case 'gt1': return `${name} <= 1 or ${nan}`;
    case 'gte1': return `${name} < 1 or ${nan}`;
    default: return `${name} < 0 or ${nan}`;
  }
}

function consOk(x: number, cons: Cons): boolean {
  switch (cons) {
    case 'none': return true;
    case 'nonNeg': return Number.isNaN(x) || !signbit(x);
    case 'positive': case 'positiveNotNan': return !(x <= 0);
    case 'bounded01': return x >= 0 && x <= 1;
    case 'boundedGt01': return x > 0 && x <= 1;
    case 'boundedLt01': return x >= 0 && x < 1;
    case 'gt1': return x > 1;
    case 'gte1': return x >= 1;
    default: return x >= 0;
  }
}

/** check_constraint / check_array_constraint: NumPy's ValueError for the first failing value. */
export function checkCons(values: number[], name: string, cons: Cons, array: boolean): void {
  if (cons === 'none') return;
  if (cons === 'positiveNotNan' && values.some((x) => Number.isNaN(x))) throwPy('ValueError', `${name} must not be NaN`);
  if (cons === 'poisson' || cons === 'legacyPoisson') {
    const tooLarge = () => throwPy('ValueError', `${name} value too large`);
    const negative = () => throwPy('ValueError', consFail(name, cons, array));
    if (!array) {
      if (!(values[0] >= 0)) negative();
      if (!(values[0] <= POISSON_LAM_MAX)) tooLarge();
    } else {
      if (!values.every((x) => x <= POISSON_LAM_MAX)) tooLarge();
      if (!values.every((x) => x >= 0)) negative();
    }
    return;
  }
  if (!values.every((x) => consOk(x, cons))) throwPy('ValueError', consFail(name, cons, array));
}

/** A distribution parameter with its constraint; `int` parameters are converted to int64 like NumPy's. */
export interface DistParam {
  value: any;
  name: string;
  cons: Cons;
  int?: boolean;
}

/** A scalar int64 parameter as `<int64_t>obj` converts it (floats truncate, NaN is a ValueError). */
function toInt64Scalar(v: any): number {
  let x: any = v;
  if (v instanceof NDArray && v.ndim === 0) x = new NPScalar(v.dtype, v.get([]));
  if (x instanceof NPScalar && x.dt.kind !== 'f') x = typeof x.v === 'bigint' ? x.v : x.v;
  if (typeof x === 'bigint') {
    if (x > 9223372036854775807n || x < -9223372036854775808n) throwPy('OverflowError', 'Python int too large to convert to C long');
    return Number(x);
  }
  if (typeof x === 'number' && Number.isInteger(x) && !(v instanceof NPScalar && v.dt.kind === 'f')) return x;
  if (typeof x === 'boolean') return x ? 1 : 0;
  const f = toDouble(v);
  if (Number.isNaN(f)) throwPy('ValueError', 'cannot convert float NaN to integer');
  if (!Number.isFinite(f)) throwPy('OverflowError', 'cannot convert float infinity to integer');
  return Math.trunc(f);
}

/** The parameters' values: scalars (is every parameter 0-d?) or broadcast arrays, constraints checked. */
function distValues(sizeArg: any, params: DistParam[]): { size: number[] | null; scalar: number[] | null; shape: number[]; cols: any[][] } {
  const size = sizeShape(sizeArg);
  if (params.every((p) => isScalarLike(p.value))) {
    const vals = params.map((p) => {
      const x = p.int ? toInt64Scalar(p.value) : toDouble(p.value);
      checkCons([x], p.name, p.cons, false);
      return x;
    });
    return { size, scalar: vals, shape: size ?? [], cols: [] };
  }
  const arrays = params.map((p) => asArray(p.value, p.int ? D.int64 : D.float64));
  params.forEach((p, k) => checkCons(arrays[k].toArray().map(Number), p.name, p.cons, true));
  const shape = outputShape(size, arrays.map((x) => x.shape));
  const cols = arrays.map((a) => broadcastValues(a, shape).map(Number));
  return { size, scalar: null, shape, cols };
}

/** NumPy's `cont` for any number of parameters and constraints: a Python float or a float64 array. */
export function contDist(sizeArg: any, params: DistParam[], f: (...args: number[]) => number): any {
  const v = distValues(sizeArg, params);
  if (v.scalar) {
    const s = v.scalar;
    if (v.size === null) return float(f(...s));
    return fillArray(v.size, D.float64, () => f(...s));
  }
  return fillArray(v.shape, D.float64, (i) => f(...v.cols.map((c) => c[i])));
}

const TWO63 = 9223372036854775808;

/** An int64 result as Python sees it (a draw clamped to INT64_MAX comes back as 2**63). */
export function int64Py(x: number): any {
  if (Number.isSafeInteger(x)) return x;
  return x >= TWO63 ? 9223372036854775807n : BigInt(x);
}

/** A new int64 array of `shape` filled with `draw(i)` in C order. */
export function fillInt64(shape: number[], draw: (i: number) => number): NDArray {
  const out = allocArray(shape, D.int64);
  const n = out.size;
  if (n === 0) return out;
  const v = new BigInt64Array(heap.buffer, out.addr, n);
  for (let i = 0; i < n; i++) {
    const x = draw(i);
    v[i] = x >= TWO63 ? 9223372036854775807n : BigInt(x);
  }
  return out;
}

/** NumPy's `disc`: a Python int (scalar parameters, size None) or an int64 array. */
export function discDist(sizeArg: any, params: DistParam[], f: (...args: number[]) => number): any {
  const v = distValues(sizeArg, params);
  if (v.scalar) {
    const s = v.scalar;
    if (v.size === null) return int64Py(f(...s));
    return fillInt64(v.size, () => f(...s));
  }
  return fillInt64(v.shape, (i) => f(...v.cols.map((c) => c[i])));
}

/** The parameters broadcast (for checks that involve several of them, like triangular's). */
export function distColumns(params: DistParam[]): number[][] | null {
  if (params.every((p) => isScalarLike(p.value))) return null;
  const arrays = params.map((p) => asArray(p.value, D.float64));
  const shape = broadcastOrThrow(arrays.map((a) => a.shape));
  return arrays.map((a) => broadcastValues(a, shape).map(Number));
}

/** kwArgs with CPython's message for an unknown keyword ("f() got an unexpected keyword argument 'x'"). */
export function namedArgs(fn: string, args: any[], kw: any, names: string[]): Record<string, any> {
  if (kw) {
    for (const k of kw.keys()) if (!names.includes(k)) throwPy('TypeError', `${fn}() got an unexpected keyword argument '${k}'`);
  }
  if (args.length > names.length) throwPy('TypeError', `${fn}() takes at most ${names.length} positional arguments (${args.length} given)`);
  const out: Record<string, any> = {};
  names.forEach((n, i) => {
    if (i < args.length) out[n] = args[i];
  });
  if (kw) for (const [k, v] of kw) out[k] = v;
  return out;
}
