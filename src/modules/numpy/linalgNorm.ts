/**
 * numpy.linalg.norm and the array-API vector_norm / matrix_norm. Vector norms: 2 (default), any real p
 * (sum |x|^p)^(1/p), inf, -inf, 0 (count of non-zeros); matrix norms: 'fro' (default), 'nuc' (sum of
 * singular values), 1/-1 (max/min column sum), inf/-inf (max/min row sum), 2/-2 (largest/smallest
 * singular value). `axis` picks one axis (vector norms) or two (matrix norms); `keepdims` keeps them.
 *
 * NumPy's shortcut for the whole-array 2-norm is sqrt(x·x) through BLAS ddot, reproduced with the same
 * summation order (runtime/linalg/blas.ts); other paths use the ufuncs and reductions NumPy's Python
 * code calls, so each step rounds as NumPy's does.
 */
import { NDArray } from '../../../runtime/ndarray';
import * as D from '../../../runtime/dtype';
import * as L from '../../../runtime/linalg/index';
import { throwPy } from '../../objects/errors';
import { truthy, index as pyIndex } from '../../objects/protocols';
import { PyTuple, PyFloat, tuple } from '../../objects/values';
import { asArray, castCopy } from './coerce';
import { applyUfunc, ufuncReduce } from './ufuncs';
import { ufunc } from './ufuncTable';
import { NPScalar, scalar } from './scalars';
import { normAxis } from './axes';
import { realPart, imagPart } from './complexParts';
import { reshape, transpose } from './shape';
import { readValues } from './linalgStack';
import { singularValues } from './linalgSpectral';
import { scalarMath } from './scalarMath';

const U = (name: string, ...args: any[]) => applyUfunc(ufunc(name), args);

/** `ord` as JS: null, a string, or a number (inf included). */
function ordValue(ord: any): null | string | number {
  if (ord === undefined || ord === null) return null;
  if (typeof ord === 'string') return ord;
  if (ord instanceof NPScalar) return Number(ord.v);
  if (ord instanceof PyFloat) return ord.v;
  if (typeof ord === 'boolean') return ord ? 1 : 0;
  return Number(ord);
}

function reduce(name: string, a: any, axis: number, keepdims: boolean, initial?: any): any {
  return ufuncReduce(ufunc(name), a, axis, undefined, undefined, keepdims, initial, undefined);
}

/** sqrt(x·x) of the raveled array (x.real·x.real + x.imag·x.imag for complex), as a NumPy scalar. */
function dotNorm(x: NDArray): NPScalar {
  const complex = x.dtype.kind === 'c';
  const vals = readValues(x, complex);
  const n = x.size;
  const sq = complex ? L.dot(n, vals, 0, 2, vals, 0, 2) + L.dot(n, vals, 1, 2, vals, 1, 2) : L.dot(n, vals, 0, 1, vals, 0, 1);
  const rt = x.dtype.realType;
  return scalar(rt, rt === D.float32 ? Math.fround(Math.sqrt(Math.fround(sq))) : Math.sqrt(sq));
}

export function norm(xArg: any, ordArg: any, axisArg: any, keepdimsArg: any): any {
  let x = asArray(xArg);
  if (x.dtype.kind !== 'f' && x.dtype.kind !== 'c') x = castCopy(x, D.float64);
  const ord = ordValue(ordArg);
  const keepdims = keepdimsArg !== undefined && truthy(keepdimsArg);
  const nd = x.ndim;
  if (axisArg === undefined || axisArg === null) {
    if (ord === null || ((ord === 'f' || ord === 'fro') && nd === 2) || (ord === 2 && nd === 1)) {
      const r = dotNorm(x);
      return keepdims ? reshape(asArray(r), tuple(new Array(nd).fill(1))) : r;
    }
  }
  let axes: number[];
  if (axisArg === undefined || axisArg === null) axes = [...Array(nd).keys()];
  else if (axisArg instanceof PyTuple) axes = axisArg.items.map((v: any) => pyIndex(v));
  else {
    try {
      axes = [pyIndex(axisArg)];
    } catch {
      throwPy('TypeError', "'axis' must be None, an integer or a tuple of integers");
    }
  }
  if (axes.length === 1) return vectorNorm(x, ord, normAxis(axes[0], nd), keepdims);
  if (axes.length === 2) {
    const row = normAxis(axes[0], nd), col = normAxis(axes[1], nd);
    if (row === col) throwPy('ValueError', 'Duplicate axes given.');
    let ret = matrixNorm(x, ord, row, col);
    if (keepdims) {
      const shape = x.shape.slice();
      shape[row] = 1;
      shape[col] = 1;
      ret = reshape(asArray(ret), tuple(shape));
    }
    return ret;
  }
  return throwPy('ValueError', 'Improper number of dimensions to norm.');
}

function vectorNorm(x: NDArray, ord: null | string | number, axis: number, keepdims: boolean): any {
  if (ord === Infinity) return reduce('maximum', U('absolute', x), axis, keepdims, 0);
  if (ord === -Infinity) return reduce('minimum', U('absolute', x), axis, keepdims);
  if (ord === 0) return reduce('add', castCopy(asArray(U('not_equal', x, 0)), x.dtype.realType), axis, keepdims);
  if (ord === 1) return reduce('add', U('absolute', x), axis, keepdims);
  if (ord === null || ord === 2) {
    const sq = x.dtype.kind === 'c' ? U('add', U('multiply', realPart(x), realPart(x)), U('multiply', imagPart(x), imagPart(x))) : U('multiply', x, x);
    return U('sqrt', reduce('add', sq, axis, keepdims));
  }
  if (typeof ord === 'string') throwPy('ValueError', `Invalid norm order '${ord}' for vectors`);
  const absx = U('power', U('absolute', x), new PyFloat(ord as number));
  const ret = reduce('add', absx, axis, keepdims);
  const dt = ret instanceof NPScalar ? ret.dt : (ret as NDArray).dtype;
  const recip = dt === D.float32 ? Math.fround(1 / Math.fround(ord as number)) : 1 / (ord as number);
  // NumPy's `ret **= reciprocal(ord)`: on a scalar sum (no axis left) that is scalarmath's libm pow
  if (ret instanceof NPScalar) return scalarMath('power', ret, scalar(dt, recip)) ?? U('power', ret, scalar(dt, recip));
  return U('power', ret, scalar(dt, recip));
}

/** Move (row, col) to the end, as np.moveaxis(x, (row, col), (-2, -1)). */
function toEnd(x: NDArray, row: number, col: number): NDArray {
  const rest = [...Array(x.ndim).keys()].filter((i) => i !== row && i !== col);
  return transpose(x, tuple([...rest, row, col]));
}

function matrixNorm(x: NDArray, ord: null | string | number, row: number, col: number): any {
  const svdReduce = (name: string, initial?: any) => reduce(name, singularValues(toEnd(x, row, col)), -1, false, initial);
  if (ord === 2) return svdReduce('maximum', 0);
  if (ord === -2) return svdReduce('minimum');
  if (ord === 'nuc') return svdReduce('add', 0);
  if (ord === 1 || ord === -1) {
    const c = col > row ? col - 1 : col;
    return reduce(ord === 1 ? 'maximum' : 'minimum', reduce('add', U('absolute', x), row, false), c, false, ord === 1 ? 0 : undefined);
  }
  if (ord === Infinity || ord === -Infinity) {
    const r = row > col ? row - 1 : row;
    return reduce(ord === Infinity ? 'maximum' : 'minimum', reduce('add', U('absolute', x), col, false), r, false, ord === Infinity ? 0 : undefined);
  }
  if (ord === null || ord === 'fro' || ord === 'f') {
    const sq = x.dtype.kind === 'c' ? U('add', U('multiply', realPart(x), realPart(x)), U('multiply', imagPart(x), imagPart(x))) : U('multiply', x, x);
    return U('sqrt', ufuncReduce(ufunc('add'), sq, tuple([row, col]), undefined, undefined, false, undefined, undefined));
  }
  return throwPy('ValueError', 'Invalid norm order for matrices.');
}

/** numpy.linalg.vector_norm(x, /, *, axis=None, keepdims=False, ord=2) */
export function vectorNormApi(xArg: any, axisArg: any, keepdimsArg: any, ordArg: any): any {
  let x = asArray(xArg);
  const shape = x.shape.slice();
  const keepdims = keepdimsArg !== undefined && truthy(keepdimsArg);
  const ord = ordArg === undefined ? 2 : ordArg;
  let axis: number[] | null = null;
  if (axisArg === undefined || axisArg === null) x = reshape(x, tuple([x.size]));
  else if (axisArg instanceof PyTuple) {
    axis = axisArg.items.map((v: any) => normAxis(v, x.ndim));
    const rest = [...Array(x.ndim).keys()].filter((i) => !axis!.includes(i));
    const moved = transpose(x, tuple([...axis, ...rest]));
    x = reshape(moved, tuple([axis.reduce((p, i) => p * x.shape[i], 1), ...rest.map((i) => x.shape[i])]));
  } else axis = [normAxis(axisArg, x.ndim)];
  const single = axisArg !== undefined && axisArg !== null && !(axisArg instanceof PyTuple);
  let res = norm(x, ord, single ? axisArg : 0, undefined);
  if (keepdims) {
    for (const i of axis ?? [...Array(shape.length).keys()]) shape[i] = 1;
    res = reshape(asArray(res), tuple(shape));
  }
  return res;
}

/** numpy.linalg.matrix_norm(x, /, *, keepdims=False, ord='fro') */
export function matrixNormApi(x: any, keepdims: any, ord: any): any {
  return norm(x, ord === undefined ? 'fro' : ord, tuple([-2, -1]), keepdims);
}
