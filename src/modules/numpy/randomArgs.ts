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
import { shapeRepr } from './alloc';

/** The `size` argument as a shape; null for None. */
export function sizeShape(size: any): number[] | null {
  if (size === undefined || size === null) return null;
  if (size instanceof PyTuple) return size.items.map((x) => pyIndex(x));
  if (Array.isArray(size)) return size.map((x) => pyIndex(x));
  if (size instanceof NDArray) return size.toArray().map((x) => pyIndex(typeof x === 'bigint' ? Number(x) : x));
  return [pyIndex(size)];
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
  if (f === undefined) throwPy('TypeError', `must be real number, not ${typeOf(v).name}`);
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
 * a Python float when every parameter is a scalar and size is None.
 */
export function cont(sizeArg: any, params: Param[], f: (a: number, b: number) => number): any {
  const size = sizeShape(sizeArg);
  if (params.every((p) => isScalarLike(p.value))) {
    const vals = params.map((p) => {
      const x = toDouble(p.value);
      if (p.nonNegative && !Number.isNaN(x) && signbit(x)) throwPy('ValueError', `${p.name} < 0`);
      return x;
    });
    const a = vals[0] ?? 0, b = vals[1] ?? 0;
    if (size === null) return float(f(a, b));
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
