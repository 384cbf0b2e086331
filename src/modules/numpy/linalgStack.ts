/**
 * Plumbing shared by the numpy.linalg functions: the `LinAlgError` exception (a ValueError, module
 * 'numpy.linalg'), NumPy's input checks with their messages, the dtype rule of `_commonType` (compute in
 * float64/complex128; return float32/complex64 only when every input was single precision; float16 is
 * refused), and the conversion of a stack of matrices (…, M, N) to and from column-major Float64Arrays
 * (interleaved re/im for complex), the layout runtime/linalg works on.
 *
 * A stack is iterated in C order over its leading ("batch") dimensions, as NumPy's gufuncs loop.
 */
import { NDArray, shapeSize, broadcastShapes } from '../../../runtime/ndarray';
import { DType } from '../../../runtime/dtype';
import * as D from '../../../runtime/dtype';
import { Complex } from '../../../runtime/elements';
import { heap } from '../../../runtime/memory';
import { PyType, TypeType } from '../../objects/pytype';
import { excType, makeExc } from '../../objects/exceptions';
import { throwPy } from '../../objects/errors';
import { allocArray } from './coerce';
import { scalar } from './scalars';
import { shapeCompact } from './alloc';

function linAlgErrorType(): PyType {
  const base = excType('ValueError');
  const t = new PyType('LinAlgError', [base], null, false, 'numpy.linalg');
  t.cls = TypeType;
  t.solid = base.solid;
  t.newInstance = base.newInstance;
  return t;
}

/** numpy.linalg.LinAlgError */
export const LinAlgErrorType = linAlgErrorType();

export function linAlgError(message: string): never {
  throw makeExc(LinAlgErrorType, message);
}

export function assertStacked2d(a: NDArray): void {
  if (a.ndim < 2) linAlgError(`${a.ndim}-dimensional array given. Array must be at least two-dimensional`);
}

export function assert2d(a: NDArray): void {
  if (a.ndim !== 2) linAlgError(`${a.ndim}-dimensional array given. Array must be two-dimensional`);
}

export function assertStackedSquare(a: NDArray): void {
  assertStacked2d(a);
  if (a.shape[a.ndim - 2] !== a.shape[a.ndim - 1]) linAlgError('Last 2 dimensions of the array must be square');
}

export function assertFinite(a: NDArray): void {
  const complex = a.dtype.kind === 'c';
  for (const v of a.toArray()) {
    const ok = complex ? Number.isFinite(v.re) && Number.isFinite(v.im) : typeof v !== 'number' || Number.isFinite(v);
    if (!ok) linAlgError('Array must not contain infs or NaNs');
  }
}

export interface CommonType {
  /** compute in complex128 (else float64) */
  complex: boolean;
  /** the dtype results are returned in */
  result: DType;
}

/** NumPy's _commonType. */
export function commonType(...arrays: NDArray[]): CommonType {
  let single = true, complex = false;
  for (const a of arrays) {
    const k = a.dtype.kind;
    if (k === 'f' || k === 'c') {
      if (k === 'c') complex = true;
      const real = a.dtype.realType.native;
      if (real === D.float64) single = false;
      else if (real !== D.float32) throwPy('TypeError', `array type ${a.dtype.name} is unsupported in linalg`);
    } else single = false;
  }
  const result = complex ? (single ? D.complex64 : D.complex128) : single ? D.float32 : D.float64;
  return { complex, result };
}

/** The complex dtype of the same precision. */
export function complexOf(dt: DType): DType {
  return dt === D.float32 || dt === D.complex64 ? D.complex64 : D.complex128;
}

export interface Stack {
  /** leading dimensions */
  batch: number[];
  m: number;
  n: number;
  /** one column-major m×n matrix per batch position (2·m·n numbers when complex) */
  mats: Float64Array[];
}

/** The elements of `a` in C order as float64 (re, im interleaved when `complex`). */
export function readValues(a: NDArray, complex: boolean): Float64Array {
  const vals = a.toArray();
  const out = new Float64Array(complex ? 2 * vals.length : vals.length);
  for (let i = 0; i < vals.length; i++) {
    const v = vals[i];
    if (v instanceof Complex) {
      if (complex) {
        out[2 * i] = v.re;
        out[2 * i + 1] = v.im;
      } else out[i] = v.re;
    } else if (complex) out[2 * i] = Number(v);
    else out[i] = Number(v);
  }
  return out;
}

/** The matrices of the (…, m, n) array `a` as column-major float64 (or complex) data. */
export function readStack(a: NDArray, complex: boolean): Stack {
  const m = a.shape[a.ndim - 2], n = a.shape[a.ndim - 1];
  const batch = a.shape.slice(0, -2);
  const vals = readValues(a, complex);
  const w = complex ? 2 : 1;
  const mats: Float64Array[] = [];
  for (let b = 0; b < shapeSize(batch); b++) {
    const mat = new Float64Array(w * m * n);
    const base = b * m * n;
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < n; j++) {
        for (let q = 0; q < w; q++) mat[w * (i + j * m) + q] = vals[w * (base + i * n + j) + q];
      }
    }
    mats.push(mat);
  }
  return { batch, m, n, mats };
}

/** A new array of dtype `dt` and the given shape filled from C-order float64 values (re, im pairs for complex). */
export function fromValues(shape: number[], dt: DType, vals: ArrayLike<number>): NDArray {
  const out = allocArray(shape, dt);
  const size = out.size * (dt.kind === 'c' ? 2 : 1);
  if (size === 0) return out;
  const view = dt.realType.native === D.float32 ? new Float32Array(heap.buffer, out.addr, size) : new Float64Array(heap.buffer, out.addr, size);
  for (let i = 0; i < size; i++) view[i] = vals[i];
  return out;
}

/** An array (…batch, rows, cols) from column-major matrices. */
export function writeStack(batch: number[], rows: number, cols: number, mats: Float64Array[], dt: DType): NDArray {
  const w = dt.kind === 'c' ? 2 : 1;
  const vals = new Float64Array(w * mats.length * rows * cols);
  mats.forEach((mat, b) => {
    const base = b * rows * cols;
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++) {
        for (let q = 0; q < w; q++) vals[w * (base + i * cols + j) + q] = mat[w * (i + j * rows) + q];
      }
    }
  });
  return fromValues([...batch, rows, cols], dt, vals);
}

/** An array (…batch, k) from one vector per batch position. */
export function writeVectors(batch: number[], k: number, vecs: ArrayLike<number>[], dt: DType): NDArray {
  const w = dt.kind === 'c' ? 2 : 1;
  const vals = new Float64Array(w * vecs.length * k);
  vecs.forEach((v, b) => {
    for (let i = 0; i < w * k; i++) vals[b * w * k + i] = v[i];
  });
  return fromValues([...batch, k], dt, vals);
}

/** A 0-d result as the NumPy scalar a gufunc returns; arrays pass through. */
export function unwrap0d(a: NDArray): any {
  return a.ndim === 0 ? scalar(a.dtype, a.get([])) : a;
}

/** Broadcast the batch shapes of a gufunc's two operands, with NumPy's message on failure. */
export function broadcastBatch(a: NDArray, b: NDArray, coreA: number, coreB: number, outCore: number[]): number[] {
  const ba = a.shape.slice(0, a.ndim - coreA), bb = b.shape.slice(0, b.ndim - coreB);
  const r = broadcastShapes([ba, bb]);
  if (!r) {
    const remap = (x: NDArray, batch: number[], core: number) => `${shapeCompact(x.shape)}->(${[...batch.map(String), ...Array(core).fill('newaxis')].join(',')})`;
    throwPy('ValueError', `operands could not be broadcast together with remapped shapes [original->remapped]: ${remap(a, ba, coreA)} ${remap(b, bb, coreB)}  and requested shape ${shapeCompact(outCore)}`);
  }
  return r!;
}

/** Index of batch position `b` of the broadcast shape `full` in an operand with batch shape `own`. */
export function batchIndex(b: number, full: number[], own: number[]): number {
  let idx = 0, stride = 1, rem = b;
  const pos = new Array(full.length);
  for (let d = full.length - 1; d >= 0; d--) {
    pos[d] = rem % full[d];
    rem = Math.floor(rem / full[d]);
  }
  for (let d = own.length - 1; d >= 0; d--) {
    const fd = d + full.length - own.length;
    idx += (own[d] === 1 ? 0 : pos[fd]) * stride;
    stride *= own[d];
  }
  return idx;
}
