/**
 * Products and tensor reshapes of numpy.linalg and their top-level twins: matrix_power (binary powers,
 * negative ones through inv), multi_dot (the cheapest parenthesization, Cormen's DP), tensorinv,
 * tensorsolve, trace / diagonal over the last two axes, cross (np.cross's 2- and 3-vectors, axisa/
 * axisb/axisc; linalg.cross's 3-vectors only), kron, tensordot, outer, vecdot, matrix_transpose.
 * Arithmetic goes through the ufuncs and matmul, so dtypes and rounding follow those NumPy uses.
 */
import { NDArray, broadcastShapes } from '../../../runtime/ndarray';
import * as D from '../../../runtime/dtype';
import { throwPy } from '../../objects/errors';
import { index as pyIndex } from '../../objects/protocols';
import { makeExc } from '../../objects/exceptions';
import { PyTuple, tuple } from '../../objects/values';
import { toArray, isIterable } from '../../objects/iterators';
import { asArray, castCopy, copyInto, allocArray } from './coerce';
import { applyUfunc, ufuncReduce } from './ufuncs';
import { ufunc } from './ufuncTable';
import { matmul, dot } from './linalgBasic';
import { reshape, transpose } from './shape';
import { normAxis, AxisErrorType } from './axes';
import { NPScalar } from './scalars';
import { linAlgError, assertStackedSquare, assert2d, unwrap0d } from './linalgStack';
import { warnFrom } from '../warnings';
import { inv, solve } from './linalgFactor';
import * as T from './dtypes';

const U = (name: string, ...args: any[]) => applyUfunc(ufunc(name), args);

export function matrixPower(x: any, nArg: any): any {
  let a = asArray(x);
  assertStackedSquare(a);
  let n: number;
  try {
    n = pyIndex(nArg);
  } catch {
    return throwPy('TypeError', 'exponent must be an integer');
  }
  if (n === 0) {
    const out = allocArray(a.shape, a.dtype, true);
    const k = a.shape[a.ndim - 1];
    const diag = out.view([...a.shape.slice(0, -2), k], [...out.strides.slice(0, -2), out.strides[out.ndim - 2] + out.strides[out.ndim - 1]], out.offset);
    copyInto(diag, castCopy(asArray(1), a.dtype));
    return out;
  }
  if (n < 0) {
    a = inv(a);
    n = -n;
  }
  if (n === 1) return a;
  if (n === 2) return matmul(a, a);
  if (n === 3) return matmul(matmul(a, a), a);
  let z: any = null, result: any = null;
  while (n > 0) {
    z = z === null ? a : matmul(z, z);
    const bit = n % 2;
    n = Math.floor(n / 2);
    if (bit) result = result === null ? z : matmul(result, z);
  }
  return result;
}

function items(v: any): any[] {
  if (Array.isArray(v)) return v;
  if (v instanceof PyTuple) return v.items;
  if (v instanceof NDArray) return Array.from({ length: v.shape[0] }, (_, i) => v.view(v.shape.slice(1), v.strides.slice(1), v.offset + i * v.strides[0]));
  if (isIterable(v)) return toArray(v);
  return throwPy('TypeError', `'${(v as any)?.cls?.name ?? typeof v}' object is not iterable`);
}

export function multiDot(arraysArg: any): any {
  const list = items(arraysArg);
  const n = list.length;
  if (n < 2) throwPy('ValueError', 'Expecting at least two arrays.');
  if (n === 2) return dotOrScalar(list[0], list[1]);
  const arrs = list.map((v) => asArray(v));
  const ndFirst = arrs[0].ndim, ndLast = arrs[n - 1].ndim;
  if (ndFirst === 1) arrs[0] = arrs[0].view([1, arrs[0].shape[0]], [0, arrs[0].strides[0]], arrs[0].offset);
  const last = arrs[n - 1];
  if (ndLast === 1) arrs[n - 1] = last.view([last.shape[0], 1], [last.strides[0], 0], last.offset);
  arrs.forEach(assert2d);
  let result: NDArray;
  if (n === 3) {
    const [A, B, C] = arrs;
    const cost1 = A.shape[0] * C.shape[0] * (A.shape[1] + C.shape[1]);
    const cost2 = A.shape[1] * C.shape[1] * (A.shape[0] + C.shape[0]);
    result = cost1 < cost2 ? dot(dot(A, B), C) : dot(A, dot(B, C));
  } else {
    const order = chainOrder(arrs);
    const go = (i: number, j: number): NDArray => (i === j ? arrs[i] : dot(go(i, order[i][j]), go(order[i][j] + 1, j)));
    result = go(0, n - 1);
  }
  if (ndFirst === 1 && ndLast === 1) return unwrap0d(result.view([], [], result.offset));
  if (ndFirst === 1 || ndLast === 1) return reshape(result, tuple([result.size]));
  return result;
}

function dotOrScalar(x: any, y: any): any {
  const r = dot(x, y);
  return r === null ? U('multiply', x, y) : r;
}

/** The optimal split points of a matrix chain (Cormen, Introduction to Algorithms §15.2). */
function chainOrder(arrs: NDArray[]): number[][] {
  const n = arrs.length;
  const p = [...arrs.map((a) => a.shape[0]), arrs[n - 1].shape[1]];
  const m = Array.from({ length: n }, () => new Array(n).fill(0));
  const s = Array.from({ length: n }, () => new Array(n).fill(0));
  for (let l = 1; l < n; l++) {
    for (let i = 0; i < n - l; i++) {
      const j = i + l;
      m[i][j] = Infinity;
      for (let k = i; k < j; k++) {
        const q = m[i][k] + m[k + 1][j] + p[i] * p[k + 1] * p[j + 1];
        if (q < m[i][j]) {
          m[i][j] = q;
          s[i][j] = k;
        }
      }
    }
  }
  return s;
}

export function tensorinv(x: any, indArg: any): NDArray {
  const a = asArray(x);
  const ind = indArg === undefined ? 2 : pyIndex(indArg);
  if (ind <= 0) throwPy('ValueError', 'Invalid ind argument.');
  const invshape = [...a.shape.slice(ind), ...a.shape.slice(0, ind)];
  const prod = a.shape.slice(ind).reduce((p, v) => p * v, 1);
  const ia = inv(reshape(a, tuple([prod, -1])));
  return reshape(ia, tuple(invshape));
}

export function tensorsolve(x: any, y: any, axesArg: any): NDArray {
  let a = asArray(x);
  const b = asArray(y);
  const an = a.ndim;
  if (axesArg !== undefined && axesArg !== null) {
    const all = [...Array(an).keys()];
    for (const k of items(axesArg).map((v) => normAxis(v, an))) {
      all.splice(all.indexOf(k), 1);
      all.push(k);
    }
    a = transpose(a, tuple(all));
  }
  const oldshape = a.shape.slice(an - (an - b.ndim));
  const prod = oldshape.reduce((p, v) => p * v, 1);
  if (a.size !== prod * prod) linAlgError('Input arrays must satisfy the requirement             prod(a.shape[b.ndim:]) == prod(a.shape[:b.ndim])');
  const res = solve(reshape(a, tuple([prod, prod])), reshape(b, tuple([b.size])));
  return reshape(res, tuple(oldshape));
}

/** The diagonal (offset k) of the last two axes, as a read-only view. */
export function diagonal(x: any, offsetArg: any): NDArray {
  const a = asArray(x);
  if (a.ndim < 2) throwPy('ValueError', 'diag requires an array of at least two dimensions');
  const k = offsetArg === undefined ? 0 : pyIndex(offsetArg);
  const r = a.shape[a.ndim - 2], c = a.shape[a.ndim - 1];
  const sr = a.strides[a.ndim - 2], sc = a.strides[a.ndim - 1];
  const len = Math.max(0, k >= 0 ? Math.min(r, c - k) : Math.min(r + k, c));
  const off = len === 0 ? a.offset : a.offset + (k >= 0 ? k * sc : -k * sr);
  const v = a.view([...a.shape.slice(0, -2), len], [...a.strides.slice(0, -2), sr + sc], off);
  v.writeable = false;
  return v;
}

export function trace(x: any, offsetArg: any, dtypeArg: any): any {
  return ufuncReduce(ufunc('add'), diagonal(x, offsetArg), -1, T.optDType(dtypeArg), undefined, false, undefined, undefined);
}

/** `a` with axis `from` moved to the end (np.moveaxis(a, from, -1)). */
function axisToEnd(a: NDArray, from: number): NDArray {
  const perm = [...Array(a.ndim).keys()].filter((i) => i !== from);
  return transpose(a, tuple([...perm, from]));
}

/** Element i of the last axis: a[..., i]. */
function lastIndex(a: NDArray, i: number): NDArray {
  return a.view(a.shape.slice(0, -1), a.strides.slice(0, -1), a.offset + i * a.strides[a.ndim - 1]);
}

/** np.cross(a, b, axisa=-1, axisb=-1, axisc=-1, axis=None) */
export function cross(x: any, y: any, axisaArg: any, axisbArg: any, axiscArg: any, axisArg: any): any {
  let axisa = axisaArg ?? -1, axisb = axisbArg ?? -1, axisc = axiscArg ?? -1;
  if (axisArg !== undefined && axisArg !== null) axisa = axisb = axisc = axisArg;
  let a = asArray(x), b = asArray(y);
  if (a.ndim < 1 || b.ndim < 1) throwPy('ValueError', 'At least one array has zero dimension');
  a = axisToEnd(a, normAxisMsg(axisa, a.ndim, 'axisa'));
  b = axisToEnd(b, normAxisMsg(axisb, b.ndim, 'axisb'));
  const la = a.shape[a.ndim - 1], lb = b.shape[b.ndim - 1];
  if (![2, 3].includes(la) || ![2, 3].includes(lb)) throwPy('ValueError', 'incompatible dimensions for cross product\n(dimension must be 2 or 3)');
  const dt = D.promote(a.dtype, b.dtype);
  a = castCopy(a, dt);
  b = castCopy(b, dt);
  const A = (i: number) => lastIndex(a, i), B = (i: number) => lastIndex(b, i);
  const cast = (v: any) => castCopy(asArray(v), dt);
  if (la === 2 || lb === 2) warnFrom('DeprecationWarning', 'Arrays of 2-dimensional vectors are deprecated. Use arrays of 3-dimensional vectors instead. (deprecated in NumPy 2.0)');
  // two 2-vectors: the z component alone, an array even when 0-d
  if (la === 2 && lb === 2) return cast(U('subtract', U('multiply', A(0), B(1)), U('multiply', A(1), B(0))));
  let parts: any[];
  if (la === 2) parts = [U('multiply', A(1), B(2)), U('negative', U('multiply', A(0), B(2))), U('subtract', U('multiply', A(0), B(1)), U('multiply', A(1), B(0)))];
  else if (lb === 2) parts = [U('negative', U('multiply', A(2), B(1))), U('multiply', A(2), B(0)), U('subtract', U('multiply', A(0), B(1)), U('multiply', A(1), B(0)))];
  else {
    parts = [
      U('subtract', U('multiply', A(1), B(2)), U('multiply', A(2), B(1))),
      U('subtract', U('multiply', A(2), B(0)), U('multiply', A(0), B(2))),
      U('subtract', U('multiply', A(0), B(1)), U('multiply', A(1), B(0))),
    ];
  }
  const shape = broadcastShapes([a.shape.slice(0, -1), b.shape.slice(0, -1)])!;
  const cp = allocArray([...shape, 3], dt);
  parts.forEach((p, i) => copyInto(lastIndex(cp, i), cast(p)));
  const c = normAxisMsg(axisc, cp.ndim, 'axisc');
  const perm = [...Array(cp.ndim - 1).keys()];
  perm.splice(c, 0, cp.ndim - 1);
  return transpose(cp, tuple(perm));
}

function normAxisMsg(axis: any, nd: number, prefix: string): number {
  const v = pyIndex(axis);
  if (v < -nd || v >= nd) throw makeExc(AxisErrorType, `${prefix}: axis ${v} is out of bounds for array of dimension ${nd}`);
  return v < 0 ? v + nd : v;
}

/** numpy.linalg.cross(x1, x2, /, *, axis=-1): 3-element vectors only. */
export function linalgCross(x: any, y: any, axisArg: any): any {
  const a = asArray(x), b = asArray(y);
  const axis = axisArg === undefined ? -1 : pyIndex(axisArg);
  const la = a.shape[normAxis(axis, a.ndim)], lb = b.shape[normAxis(axis, b.ndim)];
  if (la !== 3 || lb !== 3) throwPy('ValueError', `Both input arrays must be (arrays of) 3-dimensional vectors, but they are ${la} and ${lb} dimensional instead.`);
  return cross(a, b, undefined, undefined, undefined, axis);
}

export function kron(x: any, y: any): any {
  const b = asArray(y);
  let a = asArray(x);
  if (a.ndim < b.ndim) a = a.view([...new Array(b.ndim - a.ndim).fill(1), ...a.shape], [...new Array(b.ndim - a.ndim).fill(0), ...a.strides], a.offset);
  if (a.ndim === 0 || b.ndim === 0) return U('multiply', a, b);
  const nd = Math.max(a.ndim, b.ndim);
  const pad = (t: NDArray) => (t.ndim < nd ? t.view([...new Array(nd - t.ndim).fill(1), ...t.shape], [...new Array(nd - t.ndim).fill(0), ...t.strides], t.offset) : t);
  const A = pad(a), B = pad(b);
  // a's axes at even positions, b's at odd ones; the product broadcasts to (a0, b0, a1, b1, …)
  const av = A.view(A.shape.flatMap((s) => [s, 1]), A.strides.flatMap((s) => [s, 0]), A.offset);
  const bv = B.view(B.shape.flatMap((s) => [1, s]), B.strides.flatMap((s) => [0, s]), B.offset);
  const r = U('multiply', av, bv);
  return reshape(r, tuple(A.shape.map((s, i) => s * B.shape[i])));
}

export function tensordot(x: any, y: any, axesArg: any): any {
  let axesA: number[], axesB: number[];
  const ax = axesArg === undefined ? 2 : axesArg;
  if (typeof ax === 'number' || typeof ax === 'bigint' || ax instanceof NPScalar) {
    const k = pyIndex(ax);
    axesA = [...Array(k).keys()].map((i) => i - k);
    axesB = [...Array(k).keys()];
  } else {
    const [pa, pb] = items(ax);
    const list = (v: any) => (v instanceof PyTuple || Array.isArray(v) ? items(v).map((i) => pyIndex(i)) : [pyIndex(v)]);
    axesA = list(pa);
    axesB = list(pb);
  }
  if (new Set(axesA).size !== axesA.length || new Set(axesB).size !== axesB.length) throwPy('ValueError', 'duplicate axes are not allowed in tensordot');
  const a = asArray(x), b = asArray(y);
  let equal = axesA.length === axesB.length;
  if (equal) {
    for (let k = 0; k < axesA.length; k++) {
      if (a.shape[axesA[k] < 0 ? axesA[k] + a.ndim : axesA[k]] !== b.shape[axesB[k] < 0 ? axesB[k] + b.ndim : axesB[k]]) {
        equal = false;
        break;
      }
      if (axesA[k] < 0) axesA[k] += a.ndim;
      if (axesB[k] < 0) axesB[k] += b.ndim;
    }
  }
  if (!equal) throwPy('ValueError', 'shape-mismatch for sum');
  const notinA = [...Array(a.ndim).keys()].filter((k) => !axesA.includes(k));
  const notinB = [...Array(b.ndim).keys()].filter((k) => !axesB.includes(k));
  const prod = (ix: number[], s: number[]) => ix.reduce((p, i) => p * s[i], 1);
  const at = reshape(transpose(a, tuple([...notinA, ...axesA])), tuple([prod(notinA, a.shape), prod(axesA, a.shape)]));
  const bt = reshape(transpose(b, tuple([...axesB, ...notinB])), tuple([prod(axesB, b.shape), prod(notinB, b.shape)]));
  const res = dotOrScalar(at, bt);
  return reshape(asArray(res), tuple([...notinA.map((i) => a.shape[i]), ...notinB.map((i) => b.shape[i])]));
}

/** numpy.linalg.outer(x1, x2, /): 1-D inputs only. */
export function outer(x: any, y: any): NDArray {
  const a = asArray(x), b = asArray(y);
  if (a.ndim !== 1 || b.ndim !== 1) throwPy('ValueError', `Input arrays must be one-dimensional, but they are x1.ndim=${a.ndim} and x2.ndim=${b.ndim}.`);
  return U('multiply', a.view([a.shape[0], 1], [a.strides[0], 0], a.offset), b);
}

/** vecdot(x1, x2, /, *, axis=-1): Σ conj(x1)·x2 along the axis, broadcasting the rest. */
export function vecdot(x: any, y: any, axisArg: any): any {
  const a = asArray(x), b = asArray(y);
  const axis = axisArg === undefined ? -1 : pyIndex(axisArg);
  if (a.dtype.kind !== 'c' && b.dtype.kind !== 'c' && D.promote(a.dtype.native, b.dtype.native) === D.float64 && a.ndim > 0 && b.ndim > 0) {
    // NumPy's float64 vecdot is DOUBLE_dot per pair (cblas_ddot): matmul of row by column takes that route
    const x1 = axisToEnd(a, normAxis(axis, a.ndim)), x2 = axisToEnd(b, normAxis(axis, b.ndim));
    const n1 = x1.shape[x1.ndim - 1], n2 = x2.shape[x2.ndim - 1];
    if (n1 !== n2) throwPy('ValueError', `vecdot: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n),(n)->() (size ${n2} is different from ${n1})`);
    const row = x1.view([...x1.shape.slice(0, -1), 1, x1.shape[x1.ndim - 1]], [...x1.strides.slice(0, -1), 0, x1.strides[x1.ndim - 1]], x1.offset);
    const col = x2.view([...x2.shape, 1], [...x2.strides, 0], x2.offset);
    const r = asArray(matmul(row, col));
    return unwrap0d(r.view(r.shape.slice(0, -2), r.strides.slice(0, -2), r.offset));
  }
  const conj = a.dtype.kind === 'c' ? U('conjugate', a) : a;
  const prod = asArray(U('multiply', axisToEnd(asArray(conj), normAxis(axis, a.ndim)), axisToEnd(b, normAxis(axis, b.ndim))));
  return ufuncReduce(ufunc('add'), prod, -1, undefined, undefined, false, undefined, undefined);
}

export function matrixTranspose(x: any): NDArray {
  const a = asArray(x);
  if (a.ndim < 2) throwPy('ValueError', 'Input array must be at least 2-dimensional');
  const perm = [...Array(a.ndim).keys()];
  [perm[a.ndim - 2], perm[a.ndim - 1]] = [perm[a.ndim - 1], perm[a.ndim - 2]];
  return transpose(a, tuple(perm));
}

