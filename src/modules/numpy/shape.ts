/**
 * Shape changes that NumPy does without copying when it can: reshape (a view whenever the strides
 * allow, NumPy's attempt_nocopy_reshape rule; a copy otherwise), transpose/swapaxes (permuted strides),
 * squeeze, expand_dims, flatten (always a copy) — plus the parsing of shape arguments with one `-1`.
 */
import { NDArray, shapeSize, contiguousStrides } from '../../../runtime/ndarray';
import { PyBytes, PyTuple, isFloat } from '../../objects/values';
import { typeOf } from '../../objects/pytype';
import { repr as pyRepr } from '../../objects/repr';
import { isIterable, toArray } from '../../objects/iterators';
import { throwPy } from '../../objects/errors';
import { index as pyIndex, truthy } from '../../objects/protocols';
import { allocArray, copyInto } from './coerce';
import { normAxes, normAxis, axisError, zeroDimAxis } from './axes';
import { dimText, shapeCompact } from './alloc';
import { NPScalar } from './scalars';

/**
 * A requested shape with an unknown dimension as NumPy's convert_shape_to_string prints it: leading
 * unknowns left out, the others shown as 'newaxis', a trailing comma only for a 1-tuple.
 */
function unknownShape(dims: number[]): string {
  const shown = dims.slice(dims.findIndex((d) => d >= 0)).map((d) => (d < 0 ? 'newaxis' : dimText(d)));
  return `(${shown.join(',')}${dims.length === 1 ? ',' : ''})`;
}

/** A shape given as one number: NumPy names a float (or a NumPy float scalar) it cannot use. */
export function singleDim(v: any): number {
  if (isFloat(v) || (v instanceof NPScalar && (v.dt.kind === 'f' || v.dt.kind === 'c'))) {
    throwPy('TypeError', `expected a sequence of integers or a single integer, got '${pyRepr(v)}'`);
  }
  return dimOf(v);
}

const INT64_MAX = 2n ** 63n - 1n;

/**
 * One dimension of a shape: any int that fits NumPy's npy_intp (a huge one then fails the size
 * check with "array is too big"); beyond that NumPy's "Maximum allowed dimension exceeded".
 */
function dimOf(x: any): number {
  const big = typeof x === 'bigint' ? x : x instanceof NPScalar && typeof x.v === 'bigint' ? x.v : null;
  if (big === null) return pyIndex(x);
  if (big > INT64_MAX || big < -INT64_MAX - 1n) throwPy('ValueError', 'Maximum allowed dimension exceeded');
  return Number(big);
}

/** A shape argument (int or sequence, at most one -1) resolved against `size` (-1: no inference). */
export function resolveShape(v: any, size: number): number[] {
  const list: any[] | null = v instanceof PyTuple ? v.items : Array.isArray(v) ? v : v instanceof NDArray || (v !== null && typeof v === 'object' && !(v instanceof NPScalar) && isIterable(v)) ? toArray(v) : null;
  const dims = list === null ? [singleDim(v)] : list.map((x) => dimOf(x));
  const neg = dims.filter((d) => d < 0);
  // reshape takes any negative entry as the one unknown dimension (NumPy 2 does not insist on -1)
  if (neg.length && size < 0) throwPy('ValueError', 'negative dimensions are not allowed');
  if (neg.length > 1) throwPy('ValueError', 'can only specify one unknown dimension');
  if (neg.length === 1) {
    const known = dims.filter((d) => d >= 0).reduce((a, b) => a * b, 1);
    if (known === 0 || size % known !== 0) throwPy('ValueError', `cannot reshape array of size ${size} into shape ${unknownShape(dims)}`);
    return dims.map((d) => (d < 0 ? size / known : d));
  }
  if (size >= 0 && shapeSize(dims) !== size) throwPy('ValueError', `cannot reshape array of size ${size} into shape ${shapeCompact(dims)}`);
  return dims;
}

/** Strides for viewing `a` with `shape` without copying, or null (NumPy's _attempt_nocopy_reshape). */
export function nocopyStrides(a: NDArray, shape: number[], order: 'C' | 'F'): number[] | null {
  const oldDims: number[] = [], oldStrides: number[] = [];
  for (let i = 0; i < a.ndim; i++) {
    if (a.shape[i] !== 1) {
      oldDims.push(a.shape[i]);
      oldStrides.push(a.strides[i]);
    }
  }
  const newStrides = new Array(shape.length).fill(0);
  let oi = 0, oj = 1, ni = 0, nj = 1;
  const on = oldDims.length, nn = shape.length;
  while (ni < nn && oi < on) {
    let np_ = shape[ni], op = oldDims[oi];
    while (np_ !== op) {
      if (np_ < op) np_ *= shape[nj++];
      else op *= oldDims[oj++];
    }
    for (let ok = oi; ok < oj - 1; ok++) {
      if (order === 'F') {
        if (oldStrides[ok + 1] !== oldDims[ok] * oldStrides[ok]) return null;
      } else if (oldStrides[ok] !== oldDims[ok + 1] * oldStrides[ok + 1]) return null;
    }
    if (order === 'F') {
      newStrides[ni] = oldStrides[oi];
      for (let nk = ni + 1; nk < nj; nk++) newStrides[nk] = newStrides[nk - 1] * shape[nk - 1];
    } else {
      newStrides[nj - 1] = oldStrides[oj - 1];
      for (let nk = nj - 1; nk > ni; nk--) newStrides[nk - 1] = newStrides[nk] * shape[nk];
    }
    ni = nj++;
    oi = oj++;
  }
  let last = ni >= 1 ? newStrides[ni - 1] : a.itemsize;
  if (order === 'F' && ni >= 1) last *= shape[ni - 1];
  for (let nk = ni; nk < nn; nk++) newStrides[nk] = last;
  return newStrides;
}

/** reshape's order= as the index order it reads: 'A' is 'F' for a Fortran-contiguous, not C-contiguous array */
export function reshapeOrder(a: NDArray, order: any): 'C' | 'F' {
  const o = memOrder(order);
  if (o === 'K') throwPy('ValueError', "order 'K' is not permitted for reshaping");
  return o === 'F' || (o === 'A' && a.fContiguous && !a.cContiguous) ? 'F' : 'C';
}

/** a copy= argument: None, or its truth value */
export function copyArg(v: any): boolean | null {
  return v === undefined || v === null ? null : truthy(v);
}

/**
 * a.reshape(shape, order): a view when the data allows one, else a copy; `copy` true always copies,
 * false refuses to (NumPy's copy= argument, None by default).
 */
export function reshape(a: NDArray, shapeArg: any, order: 'C' | 'F' = 'C', copy: boolean | null = null): NDArray {
  const shape = resolveShape(shapeArg, a.size);
  if (copy !== true) {
    if (a.size === 0 || shapeSize(shape) <= 1) return a.view(shape, contiguousStrides(shape, a.itemsize, order), a.offset);
    const st = nocopyStrides(a, shape, order);
    if (st) return a.view(shape, st, a.offset);
    if (copy === false) throwPy('ValueError', 'Unable to avoid creating a copy while reshaping.');
  }
  const c = allocArray(a.shape, a.dtype, false, order);
  copyInto(c, a);
  return c.view(shape, contiguousStrides(shape, a.itemsize, order), 0);
}

export function transpose(a: NDArray, axes: any): NDArray {
  let perm: number[];
  if (axes === null || axes === undefined) perm = [...Array(a.ndim).keys()].reverse();
  else {
    const list: any[] = axes instanceof PyTuple ? axes.items : Array.isArray(axes) ? axes : [axes];
    if (list.length !== a.ndim) throwPy('ValueError', "axes don't match array");
    perm = list.map((x) => normAxis(x, a.ndim));
    if (new Set(perm).size !== perm.length) throwPy('ValueError', 'repeated axis in transpose');
  }
  return a.view(perm.map((p) => a.shape[p]), perm.map((p) => a.strides[p]), a.offset);
}

export function swapaxes(a: NDArray, x: number, y: number): NDArray {
  const i = normAxis(x, a.ndim, 'axis1'), j = normAxis(y, a.ndim, 'axis2');
  const perm = [...Array(a.ndim).keys()];
  perm[i] = j;
  perm[j] = i;
  return transpose(a, perm);
}

export function squeeze(a: NDArray, axis: any): NDArray {
  let keep: number[];
  if (axis === undefined || axis === null) keep = [...Array(a.ndim).keys()].filter((i) => a.shape[i] !== 1);
  else if (zeroDimAxis(axis, a.ndim)) keep = [];
  else {
    const ax = normAxes(axis, a.ndim);
    for (const i of ax) if (a.shape[i] !== 1) throwPy('ValueError', 'cannot select an axis to squeeze out which has size not equal to one');
    keep = [...Array(a.ndim).keys()].filter((i) => !ax.includes(i));
  }
  return a.view(keep.map((i) => a.shape[i]), keep.map((i) => a.strides[i]), a.offset);
}

export function expandDims(a: NDArray, axis: any): NDArray {
  const list: any[] = axis instanceof PyTuple ? axis.items : [axis];
  const nd = a.ndim + list.length;
  const pos = list.map((x) => {
    const i = pyIndex(x);
    if (i < -nd || i >= nd) axisError(i, nd);
    return i < 0 ? i + nd : i;
  });
  if (new Set(pos).size !== pos.length) throwPy('ValueError', 'repeated axis');
  const shape: number[] = [], strides: number[] = [];
  let k = 0;
  for (let i = 0; i < nd; i++) {
    if (pos.includes(i)) {
      shape.push(1);
      strides.push(0);
    } else {
      shape.push(a.shape[k]);
      strides.push(a.strides[k]);
      k++;
    }
  }
  return a.view(shape, strides, a.offset);
}

/** an `order=` argument as 'C', 'F', 'A' or 'K' (None gives `dflt`; str or bytes, any case), as NumPy checks it */
export function memOrder(v: any, dflt = 'C'): string {
  if (v === undefined || v === null) return dflt;
  const str = typeof v === 'string' ? v : v instanceof PyBytes ? String.fromCharCode(...v.data) : null;
  if (str === null) throwPy('TypeError', `order must be str, not ${typeOf(v).name}`);
  const o = str.length === 1 ? str.toUpperCase() : '';
  if (o !== 'C' && o !== 'F' && o !== 'A' && o !== 'K') throwPy('ValueError', `order must be one of 'C', 'F', 'A', or 'K' (got ${pyRepr(v)})`);
  return o;
}

/**
 * `a` with its axes reordered so that reading it in C order reads it in NumPy's order `order`: 'F' reverses
 * the axes, 'A' is 'F' for a Fortran-contiguous (not C-contiguous) array, 'K' sorts the axes by decreasing
 * stride magnitude (stable), i.e. memory order with negative strides still read forwards.
 */
function inReadingOrder(a: NDArray, order: string): NDArray {
  if (order === 'A') order = a.fContiguous && !a.cContiguous ? 'F' : 'C';
  if (order === 'F') return transpose(a, null);
  if (order === 'K' && !a.cContiguous) {
    if (a.fContiguous) return transpose(a, null);
    const perm = a.shape.map((_, i) => i).sort((i, j) => Math.abs(a.strides[j]) - Math.abs(a.strides[i]));
    return a.view(perm.map((i) => a.shape[i]), perm.map((i) => a.strides[i]), a.offset);
  }
  return a;
}

/** a.flatten(order): a new 1-d array of the elements in order 'C', 'F', 'A' or 'K' */
export function flatten(a: NDArray, order: string): NDArray {
  const src = inReadingOrder(a, order);
  const c = allocArray([a.size], a.dtype);
  copyInto(c.view(src.shape.slice(), contiguousStrides(src.shape, a.itemsize), 0), src);
  return c;
}

/** a.ravel(order) for order 'F', 'A' or 'K': a 1-d view when the elements lie contiguously in that order, else a copy */
export function ravelOrder(a: NDArray, order: string): NDArray {
  const src = inReadingOrder(a, order);
  if (src.cContiguous) return new NDArray(a.block, a.dtype, [a.size], [a.itemsize], a.offset, a.owner, a.writeable);
  return flatten(a, order);
}
