/**
 * numpy.linalg's spectral functions: eig/eigvals (general), eigh/eigvalsh (symmetric), svd/svdvals,
 * and what NumPy builds on the SVD — pinv, matrix_rank, cond, lstsq. Results follow NumPy: eigenvalues
 * of a real matrix are returned real when every imaginary part is zero, complex otherwise (vectors of a
 * conjugate pair as v ± i·w); named-tuple results (EigResult, EighResult, SVDResult) unpack like tuples.
 */
import { NDArray, shapeSize } from '../../../runtime/ndarray';
import * as D from '../../../runtime/dtype';
import * as L from '../../../runtime/linalg/index';
import { fma } from '../../../runtime/linalg/blas';
import { throwPy } from '../../objects/errors';
import { truthy } from '../../objects/protocols';
import { tuple, PyFloat } from '../../objects/values';
import { asArray, allocArray } from './coerce';
import { scalar, NPScalar } from './scalars';
import {
  linAlgError, assertStackedSquare, assertStacked2d, assert2d, assertFinite, commonType, complexOf, readStack,
  readValues, writeStack, writeVectors, fromValues, unwrap0d,
} from './linalgStack';
import { makeNamedTuple } from './namedTuple';
import { inv } from './linalgFactor';
import { norm } from './linalgNorm';

const EigResult = makeNamedTuple('EigResult', ['eigenvalues', 'eigenvectors']);
const EighResult = makeNamedTuple('EighResult', ['eigenvalues', 'eigenvectors']);
const SVDResult = makeNamedTuple('SVDResult', ['U', 'S', 'Vh']);

/** eig / eigvals: dgeev per matrix. */
function general(x: any, vectors: boolean): { w: NDArray; v: NDArray | null } {
  const a = asArray(x);
  assertStackedSquare(a);
  assertFinite(a);
  const { complex, result } = commonType(a);
  if (complex) {
    const cst = readStack(a, true);
    const cres = cst.mats.map((mat) => {
      const r = L.zgeev(cst.m, mat, vectors);
      if (r.info > 0) linAlgError('Eigenvalues did not converge');
      return r;
    });
    return {
      w: writeVectors(cst.batch, cst.m, cres.map((r) => r.w), result),
      v: vectors ? writeStack(cst.batch, cst.m, cst.m, cres.map((r) => r.v!), result) : null,
    };
  }
  const st = readStack(a, false);
  const n = st.m;
  const res = st.mats.map((mat) => {
    const r = L.geev(n, mat, vectors);
    if (r.info > 0) linAlgError('Eigenvalues did not converge');
    return r;
  });
  const real = res.every((r) => r.wi.every((v) => v === 0));
  if (real) {
    const w = writeVectors(st.batch, n, res.map((r) => r.wr), result);
    return { w, v: vectors ? writeStack(st.batch, n, n, res.map((r) => r.v!), result) : null };
  }
  const cdt = complexOf(result);
  const ws = res.map((r) => {
    const w = new Float64Array(2 * n);
    for (let i = 0; i < n; i++) {
      w[2 * i] = r.wr[i];
      w[2 * i + 1] = r.wi[i];
    }
    return w;
  });
  const w = writeVectors(st.batch, n, ws, cdt);
  if (!vectors) return { w, v: null };
  const vs = res.map((r) => complexVectors(n, r.v!, r.wi));
  return { w, v: writeStack(st.batch, n, n, vs, cdt) };
}

/** dgeev's real storage (a pair as re, im columns) → complex column-major vectors. */
function complexVectors(n: number, v: Float64Array, wi: Float64Array): Float64Array {
  const c = new Float64Array(2 * n * n);
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < n; i++) {
      const p = 2 * (i + j * n);
      if (wi[j] === 0) c[p] = v[i + j * n];
      else if (wi[j] > 0) {
        c[p] = v[i + j * n];
        c[p + 1] = v[i + (j + 1) * n];
        c[p + 2 * n] = v[i + j * n];
        c[p + 2 * n + 1] = -v[i + (j + 1) * n];
      }
    }
  }
  return c;
}

export function eig(x: any): any {
  const { w, v } = general(x, true);
  return EigResult([w, v]);
}

export function eigvals(x: any): NDArray {
  return general(x, false).w;
}

function uplo(u: any): boolean {
  const s = u === undefined ? 'L' : String(u).toUpperCase();
  if (s !== 'L' && s !== 'U') throwPy('ValueError', "UPLO argument must be 'L' or 'U'");
  return s === 'L';
}

/** eigh / eigvalsh: dsyevd per matrix. */
function symmetric(x: any, u: any, vectors: boolean): { w: NDArray; v: NDArray | null } {
  const lower = uplo(u);
  const a = asArray(x);
  assertStackedSquare(a);
  const { complex, result } = commonType(a);
  const st = readStack(a, complex);
  const n = st.m;
  const res = st.mats.map((mat) => {
    const r = complex ? L.zheev(n, mat, lower, vectors) : L.syevd(n, mat, lower, vectors);
    if (r.info > 0) linAlgError('Eigenvalues did not converge');
    return r;
  });
  return {
    w: writeVectors(st.batch, n, res.map((r) => r.w), result.realType),
    v: vectors ? writeStack(st.batch, n, n, res.map((r) => r.v!), result) : null,
  };
}

export function eigh(x: any, u: any): any {
  const { w, v } = symmetric(x, u, true);
  return EighResult([w, v]);
}

export function eigvalsh(x: any, u: any): NDArray {
  return symmetric(x, u, false).w;
}

interface SvdParts {
  batch: number[];
  m: number;
  n: number;
  s: Float64Array[];
  u: Float64Array[];
  vt: Float64Array[];
  ucols: number;
  vtrows: number;
  result: D.DType;
}

function svdParts(a: NDArray, jobz: 'N' | 'S' | 'A'): SvdParts {
  assertStacked2d(a);
  const { complex, result } = commonType(a);
  const st = readStack(a, complex);
  const parts: SvdParts = { batch: st.batch, m: st.m, n: st.n, s: [], u: [], vt: [], ucols: 0, vtrows: 0, result };
  for (const mat of st.mats) {
    const r = complex ? L.zgesdd(st.m, st.n, mat, jobz) : L.gesdd(st.m, st.n, mat, jobz);
    if (r.info !== 0) linAlgError('SVD did not converge');
    parts.s.push(r.s);
    if (r.u && r.vt) {
      parts.u.push(r.u);
      parts.vt.push(r.vt);
    }
    parts.ucols = r.ucols;
    parts.vtrows = r.vtrows;
  }
  if (!st.mats.length) {
    const k = Math.min(st.m, st.n);
    parts.ucols = jobz === 'A' ? st.m : k;
    parts.vtrows = jobz === 'A' ? st.n : k;
  }
  return parts;
}

/** The singular values of a stack, as NumPy's svd(compute_uv=False) returns them. */
export function singularValues(a: NDArray): NDArray {
  const p = svdParts(a, 'N');
  return writeVectors(p.batch, Math.min(p.m, p.n), p.s, p.result.realType);
}

export function svd(x: any, fullMatrices: any, computeUv: any, hermitian: any): any {
  const a = asArray(x);
  const uv = computeUv === undefined || truthy(computeUv);
  if (hermitian !== undefined && truthy(hermitian)) return hermitianSvd(a, uv);
  if (!uv) return singularValues(a);
  const p = svdParts(a, fullMatrices === undefined || truthy(fullMatrices) ? 'A' : 'S');
  const k = Math.min(p.m, p.n);
  return SVDResult([
    writeStack(p.batch, p.m, p.ucols, p.u, p.result),
    writeVectors(p.batch, k, p.s, p.result.realType),
    writeStack(p.batch, p.vtrows, p.n, p.vt, p.result),
  ]);
}

/** svd(hermitian=True)'s parts: from eigh, singular values |λ| descending, the signs moved into Vh. */
function hermitianParts(a: NDArray, uv: boolean): SvdParts {
  assertStackedSquare(a);
  const { complex, result } = commonType(a);
  const st = readStack(a, complex);
  const n = st.m;
  const w = complex ? 2 : 1;
  const p: SvdParts = { batch: st.batch, m: n, n, s: [], u: [], vt: [], ucols: n, vtrows: n, result };
  for (const mat of st.mats) {
    const r = complex ? L.zheev(n, mat, true, uv) : L.syevd(n, mat, true, uv);
    if (r.info > 0) linAlgError('Eigenvalues did not converge');
    const abs = Array.from(r.w, Math.abs);
    // argsort ascending (stable at these sizes), reversed
    const order = abs.map((_, i) => i).sort((i, j) => abs[i] - abs[j] || i - j).reverse();
    p.s.push(Float64Array.from(order, (i) => abs[i]));
    if (!uv) continue;
    const u = new Float64Array(w * n * n), vt = new Float64Array(w * n * n);
    order.forEach((src, j) => {
      const sgn = r.w[src] < 0 || Object.is(r.w[src], -0) ? -1 : 1;
      for (let i = 0; i < n; i++) {
        u[w * (i + j * n)] = r.v![w * (i + src * n)];
        vt[w * (j + i * n)] = r.v![w * (i + src * n)] * sgn;
        if (complex) {
          // Vh = diag(sign)·Vᴴ
          u[w * (i + j * n) + 1] = r.v![w * (i + src * n) + 1];
          vt[w * (j + i * n) + 1] = -r.v![w * (i + src * n) + 1] * sgn;
        }
      }
    });
    p.u.push(u);
    p.vt.push(vt);
  }
  return p;
}

function hermitianSvd(a: NDArray, uv: boolean): any {
  const p = hermitianParts(a, uv);
  const s = writeVectors(p.batch, p.n, p.s, p.result.realType);
  if (!uv) return s;
  return SVDResult([writeStack(p.batch, p.n, p.n, p.u, p.result), s, writeStack(p.batch, p.n, p.n, p.vt, p.result)]);
}

export function svdvals(x: any): NDArray {
  return singularValues(asArray(x));
}

/** finfo(dt).eps for a float dtype (float64's for anything else, as NumPy's callers see it). */
function epsOf(dt: D.DType): number {
  const bits = dt.kind === 'f' || dt.kind === 'c' ? dt.floatBits : 53;
  return 2 ** (1 - bits);
}

/** A Python number, NumPy scalar or array as one float per batch position. */
function perBatch(v: any, batch: number[]): number[] {
  const arr = asArray(v);
  const vals = readValues(arr, false);
  const count = shapeSize(batch);
  if (vals.length === 1) return new Array(count).fill(vals[0]);
  if (vals.length !== count) throwPy('ValueError', 'operands could not be broadcast together');
  return Array.from(vals);
}

export function pinv(x: any, rcondArg: any, hermitian: any, rtolArg: any): NDArray {
  const a = asArray(x);
  const m = a.shape[a.ndim - 2], n = a.shape[a.ndim - 1];
  let rcond = rcondArg;
  if (rcond === undefined || rcond === null) {
    if (rtolArg === undefined) rcond = new PyFloat(1e-15);
    else if (rtolArg === null) rcond = new PyFloat(Math.max(m, n) * epsOf(a.dtype));
    else rcond = rtolArg;
  } else if (rtolArg !== undefined) throwPy('ValueError', "`rtol` and `rcond` can't be both set.");
  assertStacked2d(a);
  if (a.size === 0 && m * n === 0) return fromValues([...a.shape.slice(0, -2), n, m], a.dtype, []);
  const herm = hermitian !== undefined && truthy(hermitian);
  const p = herm ? hermitianParts(a, true) : svdParts(a, 'S');
  const cut = perBatch(rcond, p.batch);
  const k = Math.min(m, n);
  const out = p.s.map((s, b) => {
    const smax = s.reduce((acc, v) => Math.max(acc, v), -Infinity);
    const cutoff = cut[b] * smax;
    const inv = Float64Array.from(s, (v) => (v > cutoff ? 1 / v : 0));
    // res = Vhᵀ · (s⁻¹[:, None] · Uᵀ): one fused chain per entry, as dgemm
    const u = p.u[b], vt = p.vt[b];
    if (p.result.kind === 'c') return complexPinv(m, n, k, u, inv, vt);
    const res = new Float64Array(n * m);
    for (let j = 0; j < m; j++) {
      for (let i = 0; i < n; i++) {
        let t = vt[0 + i * k] * (inv[0] * u[j]);
        for (let l = 1; l < k; l++) t = fma(vt[l + i * k], inv[l] * u[j + l * m], t);
        res[i + j * n] = t;
      }
    }
    return res;
  });
  return writeStack(p.batch, n, m, out, p.result);
}

/** Vᴴᴴ·diag(inv)·Uᴴ for complex U (m×k) and Vh (k×n): the n×m pseudo-inverse. */
function complexPinv(m: number, n: number, k: number, u: Float64Array, inv: Float64Array, vt: Float64Array): Float64Array {
  const res = new Float64Array(2 * n * m);
  for (let j = 0; j < m; j++) {
    for (let i = 0; i < n; i++) {
      let tr = 0, ti = 0;
      for (let l = 0; l < k; l++) {
        if (inv[l] === 0) continue;
        // conj(Vh[l, i]) · inv[l] · conj(U[j, l])
        const ar = vt[2 * (l + i * k)], ai = -vt[2 * (l + i * k) + 1];
        const br = u[2 * (j + l * m)] * inv[l], bi = -u[2 * (j + l * m) + 1] * inv[l];
        tr += ar * br - ai * bi;
        ti += ar * bi + ai * br;
      }
      res[2 * (i + j * n)] = tr;
      res[2 * (i + j * n) + 1] = ti;
    }
  }
  return res;
}

export function matrixRank(x: any, tolArg: any, hermitian: any, rtolArg: any): any {
  if (tolArg !== undefined && tolArg !== null && rtolArg !== undefined && rtolArg !== null) throwPy('ValueError', "`tol` and `rtol` can't be both set.");
  const a = asArray(x);
  if (a.ndim < 2) return readValues(a, a.dtype.kind === 'c').some((v) => v !== 0) ? 1 : 0;
  const herm = hermitian !== undefined && truthy(hermitian);
  const s = herm ? (hermitianSvd(a, false) as NDArray) : singularValues(a);
  const k = s.shape[s.ndim - 1];
  const batch = s.shape.slice(0, -1);
  const vals = readValues(s, false);
  let tols: number[];
  if (tolArg === undefined || tolArg === null) {
    const rtol = rtolArg === undefined || rtolArg === null ? new Array(shapeSize(batch)).fill(Math.max(a.shape[a.ndim - 2], a.shape[a.ndim - 1]) * epsOf(s.dtype)) : perBatch(rtolArg, batch);
    tols = rtol.map((r, b) => {
      let mx = 0;
      for (let i = 0; i < k; i++) mx = Math.max(mx, vals[b * k + i]);
      return mx * r;
    });
  } else tols = perBatch(tolArg, batch);
  const r = allocArray(batch, D.int64);
  tols.forEach((t, b) => {
    let c = 0;
    for (let i = 0; i < k; i++) if (vals[b * k + i] > t) c++;
    r.set(unravel(b, batch), BigInt(c));
  });
  return unwrap0d(r);
}

function unravel(i: number, shape: number[]): number[] {
  const idx = new Array(shape.length);
  for (let d = shape.length - 1; d >= 0; d--) {
    idx[d] = i % shape[d];
    i = Math.floor(i / shape[d]);
  }
  return idx;
}

export function cond(x: any, p: any): any {
  const a = asArray(x);
  if (a.size === 0 && a.ndim >= 2 && a.shape[a.ndim - 2] * a.shape[a.ndim - 1] === 0) linAlgError('cond is not defined on empty arrays');
  const pv = p === undefined || p === null ? null : p instanceof NPScalar ? p.v : p instanceof PyFloat ? p.v : p;
  let r: NDArray;
  if (pv === null || pv === 2 || pv === -2) {
    const s = singularValues(a);
    const k = s.shape[s.ndim - 1];
    const vals = readValues(s, false);
    const out = new Float64Array(vals.length / Math.max(k, 1));
    for (let b = 0; b < out.length; b++) {
      const first = vals[b * k], last = vals[b * k + k - 1];
      out[b] = pv === -2 ? last / first : first / last;
    }
    r = fromValues(s.shape.slice(0, -1), s.dtype, out);
  } else {
    assertStackedSquare(a);
    const { result } = commonType(a);
    const axes = tuple([-2, -1]);
    const invx = inverseOrNan(a);
    const nx = asArray(norm(a, p, axes, undefined)), ni = asArray(norm(invx, p, axes, undefined));
    const va = readValues(nx, false), vb = readValues(ni, false);
    r = fromValues(nx.shape, result.realType, Array.from(va, (v, i) => v * vb[i]));
  }
  // NaN (a failed inversion or division) becomes inf unless the input had NaNs
  const vals = readValues(r, false);
  const st = readStack(a, a.dtype.kind === 'c');
  const fixed = Array.from(vals, (v, b) => (Number.isNaN(v) && !st.mats[b].some(Number.isNaN) ? Infinity : v));
  return unwrap0d(fromValues(r.shape, r.dtype, fixed));
}

/** inv with singular matrices giving NaN entries (cond's errstate(all='ignore') call). */
function inverseOrNan(a: NDArray): NDArray {
  const st = readStack(a, a.dtype.kind === 'c');
  const pieces = st.mats.map((_, b) => {
    const one = asArray(fromValues([st.m, st.n], a.dtype.kind === 'c' ? D.complex128 : D.float64, rowMajor(st.mats[b], st.m, st.n, a.dtype.kind === 'c')));
    try {
      return readStack(inv(one), a.dtype.kind === 'c').mats[0];
    } catch {
      return new Float64Array(st.mats[b].length).fill(NaN);
    }
  });
  return writeStack(st.batch, st.m, st.n, pieces, commonType(a).result);
}

function rowMajor(mat: Float64Array, m: number, n: number, complex: boolean): Float64Array {
  const w = complex ? 2 : 1;
  const out = new Float64Array(mat.length);
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) for (let q = 0; q < w; q++) out[w * (i * n + j) + q] = mat[w * (i + j * m) + q];
  return out;
}

export function lstsq(x: any, y: any, rcondArg: any): any {
  const a = asArray(x);
  let b = asArray(y);
  const is1d = b.ndim === 1;
  if (is1d) b = b.view([b.shape[0], 1], [b.strides[0], 0], b.offset);
  assert2d(a);
  assert2d(b);
  const [m, n] = a.shape;
  const [m2, nrhs] = b.shape;
  if (m !== m2) linAlgError('Incompatible dimensions');
  const { complex, result } = commonType(a, b);
  if (complex) return complexLstsq(a, b, is1d, rcondArg, result);
  const rcond = rcondArg === undefined || rcondArg === null ? 2 ** -52 * Math.max(n, m) : Number(readValues(asArray(rcondArg), false)[0]);
  const ldb = Math.max(m, n);
  const bb = new Float64Array(ldb * Math.max(nrhs, 1));
  const bvals = readStack(b, false).mats[0];
  for (let j = 0; j < nrhs; j++) for (let i = 0; i < m; i++) bb[i + j * ldb] = bvals[i + j * m];
  const r = L.gelsd(m, n, Math.max(nrhs, 1), readStack(a, false).mats[0], bb, rcond);
  if (r.info > 0) linAlgError('SVD did not converge in Linear Least Squares');
  const xs = new Float64Array(n * nrhs);
  for (let j = 0; j < nrhs; j++) for (let i = 0; i < n; i++) xs[i + j * n] = m === 0 ? 0 : bb[i + j * ldb];
  const xOut = is1d ? writeVectors([], n, [xs], result) : writeStack([], n, nrhs, [xs], result);
  let resid: number[] = [];
  if (r.rank === n && m > n) {
    resid = [];
    for (let j = 0; j < nrhs; j++) {
      let sum = 0;
      for (let i = n; i < m; i++) sum += bb[i + j * ldb] * bb[i + j * ldb];
      resid.push(sum);
    }
  }
  return tuple([xOut, fromValues([resid.length], result.realType, resid), scalar(D.int32, r.rank), writeVectors([], Math.min(m, n), [r.s], result.realType)]);
}

/** lstsq of complex operands (2-d a, b as (m, nrhs)): zgelsd's minimum-norm solution through the SVD. */
function complexLstsq(a: NDArray, b: NDArray, is1d: boolean, rcondArg: any, result: D.DType): any {
  const [m, n] = a.shape;
  const nrhs = b.shape[1];
  const rcond = rcondArg === undefined || rcondArg === null ? 2 ** -52 * Math.max(n, m) : Number(readValues(asArray(rcondArg), false)[0]);
  const amat = readStack(a, true).mats[0];
  const bmat = readStack(b, true).mats[0];
  const r = L.zgelsd(m, n, nrhs, amat.slice(), bmat, rcond);
  if (r.info > 0) linAlgError('SVD did not converge in Linear Least Squares');
  const xOut = is1d ? writeVectors([], n, [r.x], result) : writeStack([], n, nrhs, [r.x], result);
  const resid: number[] = [];
  if (r.rank === n && m > n) {
    // ‖b − A·x‖² per column
    for (let c = 0; c < nrhs; c++) {
      let sum = 0;
      for (let i = 0; i < m; i++) {
        let er = bmat[2 * (i + c * m)], ei = bmat[2 * (i + c * m) + 1];
        for (let j = 0; j < n; j++) {
          const ar = amat[2 * (i + j * m)], ai = amat[2 * (i + j * m) + 1];
          const xr = r.x[2 * (j + c * n)], xi = r.x[2 * (j + c * n) + 1];
          er -= ar * xr - ai * xi;
          ei -= ar * xi + ai * xr;
        }
        sum += er * er + ei * ei;
      }
      resid.push(sum);
    }
  }
  return tuple([xOut, fromValues([resid.length], result.realType, resid), scalar(D.int32, r.rank), writeVectors([], Math.min(m, n), [r.s], result.realType)]);
}
