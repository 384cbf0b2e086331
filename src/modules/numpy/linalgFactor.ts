/**
 * numpy.linalg's factorization-based functions: inv, solve, det, slogdet (LU with partial pivoting),
 * cholesky (lower, or upper with `upper=True`) and qr (modes 'reduced', 'complete', 'r', 'raw'). Each
 * works on stacks (…, M, M) as NumPy's gufuncs do and returns NumPy's dtypes (float32 in → float32 out)
 * and scalars for single matrices (det → np.float64).
 */
import { NDArray, shapeSize } from '../../../runtime/ndarray';
import * as L from '../../../runtime/linalg/index';
import { crExp } from '../../../runtime/math/libm';
import { throwPy } from '../../objects/errors';
import { truthy } from '../../objects/protocols';
import { tuple } from '../../objects/values';
import { asArray } from './coerce';
import {
  linAlgError, assertStackedSquare, assertStacked2d, commonType, readStack, writeStack, writeVectors, fromValues,
  unwrap0d, broadcastBatch, batchIndex,
} from './linalgStack';
import { makeNamedTuple } from './namedTuple';
import { transpose } from './shape';

const SlogdetResult = makeNamedTuple('SlogdetResult', ['sign', 'logabsdet']);
const QRResult = makeNamedTuple('QRResult', ['Q', 'R']);

function identity(n: number, complex: boolean): Float64Array {
  const w = complex ? 2 : 1;
  const z = new Float64Array(w * n * n);
  for (let i = 0; i < n; i++) z[w * (i + i * n)] = 1;
  return z;
}

/** LU-factor one matrix; a singular one raises NumPy's LinAlgError. */
function factor(n: number, mat: Float64Array, complex: boolean): L.LU {
  const f = complex ? L.zgetrf(n, mat) : L.getrf(n, mat);
  if (f.info > 0) linAlgError('Singular matrix');
  return f;
}

export function inv(x: any): NDArray {
  const a = asArray(x);
  assertStackedSquare(a);
  const { complex, result } = commonType(a);
  const st = readStack(a, complex);
  const n = st.m;
  const out = st.mats.map((mat) => {
    const f = factor(n, mat, complex);
    const b = identity(n, complex);
    if (complex) L.zgetrs(n, n, f, b);
    else L.getrs(n, n, f, b);
    return b;
  });
  return writeStack(st.batch, n, n, out, result);
}

export function solve(x: any, y: any): NDArray {
  const a = asArray(x);
  assertStackedSquare(a);
  const b = asArray(y);
  const { complex, result } = commonType(a, b);
  const n = a.shape[a.ndim - 1];
  const vector = b.ndim === 1;
  const sig = vector ? '(m,m),(m)->(m)' : '(m,m),(m,n)->(m,n)';
  const name = vector ? 'solve1' : 'solve';
  if (b.ndim === 0) throwPy('ValueError', `solve: Input operand 1 does not have enough dimensions (has 0, gufunc core with signature ${sig} requires 2)`);
  const bm = b.shape[vector ? 0 : b.ndim - 2];
  if (bm !== n) throwPy('ValueError', `${name}: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature ${sig} (size ${bm} is different from ${n})`);
  const k = vector ? 1 : b.shape[b.ndim - 1];
  const batch = broadcastBatch(a, b, 2, vector ? 1 : 2, vector ? [n] : [n, k]);
  const as = readStack(a, complex);
  const bs = vector ? { batch: [], mats: [readStack(b.view([n, 1], [b.strides[0], 0], b.offset), complex).mats[0]] } : readStack(b, complex);
  const out: Float64Array[] = [];
  for (let q = 0; q < shapeSize(batch); q++) {
    const f = factor(n, as.mats[batchIndex(q, batch, as.batch)].slice(), complex);
    const rhs = bs.mats[batchIndex(q, batch, bs.batch)].slice();
    if (complex) L.zgetrs(n, k, f, rhs);
    else L.getrs(n, k, f, rhs);
    out.push(rhs);
  }
  return vector ? writeVectors(batch, n, out, result) : writeStack(batch, n, k, out, result);
}

/** sign and log|det| per matrix: [signs (re, im when complex), logdets]. */
function slogdets(a: NDArray): { batch: number[]; signs: number[]; logs: number[]; complex: boolean; result: any } {
  assertStackedSquare(a);
  const { complex, result } = commonType(a);
  const st = readStack(a, complex);
  const n = st.m;
  const signs: number[] = [], logs: number[] = [];
  for (const mat of st.mats) {
    if (complex) {
      const [sr, si, l] = L.zslogdet(n, L.zgetrf(n, mat));
      signs.push(sr, si);
      logs.push(l);
    } else {
      const [s, l] = L.slogdet(n, L.getrf(n, mat));
      signs.push(s);
      logs.push(l);
    }
  }
  return { batch: st.batch, signs, logs, complex, result };
}

export function det(x: any): any {
  const { batch, signs, logs, complex, result } = slogdets(asArray(x));
  const vals: number[] = [];
  logs.forEach((l, i) => {
    const e = crExp(l);
    if (complex) vals.push(signs[2 * i] * e, signs[2 * i + 1] * e);
    else vals.push(signs[i] * e);
  });
  return unwrap0d(fromValues(batch, result, vals));
}

export function slogdet(x: any): any {
  const { batch, signs, logs, result } = slogdets(asArray(x));
  return SlogdetResult([unwrap0d(fromValues(batch, result, signs)), unwrap0d(fromValues(batch, result.realType, logs))]);
}

export function cholesky(x: any, upper: any): NDArray {
  const a = asArray(x);
  assertStackedSquare(a);
  const { complex, result } = commonType(a);
  const up = upper !== undefined && truthy(upper);
  const st = readStack(a, complex);
  const n = st.m;
  const out = st.mats.map((mat) => {
    // dpotrf('U') reads the upper triangle: factor its conjugate transpose as lower, then transpose back
    const m = up ? conjTranspose(n, mat, complex) : mat;
    const info = complex ? L.zpotrf(n, m) : L.potrf(n, m);
    if (info > 0) linAlgError('Matrix is not positive definite');
    return up ? conjTranspose(n, m, complex) : m;
  });
  return writeStack(st.batch, n, n, out, result);
}

function conjTranspose(n: number, mat: Float64Array, complex: boolean): Float64Array {
  const w = complex ? 2 : 1;
  const t = new Float64Array(mat.length);
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < n; i++) {
      t[w * (j + i * n)] = mat[w * (i + j * n)];
      if (complex) t[w * (j + i * n) + 1] = -mat[w * (i + j * n) + 1];
    }
  }
  return t;
}

export function qr(x: any, modeArg: any): any {
  let mode = modeArg === undefined ? 'reduced' : String(modeArg);
  if (mode === 'f' || mode === 'full') mode = 'reduced';
  else if (mode === 'e') mode = 'economic';
  if (!['reduced', 'complete', 'r', 'raw', 'economic'].includes(mode)) throwPy('ValueError', `Unrecognized mode '${modeArg}'`);
  const a = asArray(x);
  assertStacked2d(a);
  const { complex, result } = commonType(a);
  const st = readStack(a, complex);
  const { m, n } = st;
  const k = Math.min(m, n);
  const mc = mode === 'complete' && m > n ? m : k;
  const w = complex ? 2 : 1;
  const taus: Float64Array[] = [], qs: Float64Array[] = [], rs: Float64Array[] = [];
  for (const mat of st.mats) {
    const tau = complex ? L.zgeqr2(m, n, mat) : L.geqr2(m, n, mat, 0, m);
    taus.push(tau);
    // R: the upper triangle of the first mc (or k) rows
    const rows = mode === 'r' ? k : mc;
    const r = new Float64Array(w * rows * n);
    for (let j = 0; j < n; j++) {
      for (let i = 0; i < Math.min(rows, j + 1, m); i++) for (let q = 0; q < w; q++) r[w * (i + j * rows) + q] = mat[w * (i + j * m) + q];
    }
    rs.push(r);
    if (mode === 'reduced' || mode === 'complete') {
      if (complex) qs.push(L.formQ(m, mc, k, mat, m, tau));
      else {
        const q = new Float64Array(m * mc);
        q.set(mat.subarray(0, m * Math.min(n, mc)));
        L.org2r(m, mc, k, q, 0, m, tau);
        qs.push(q);
      }
    }
  }
  const rOut = (rows: number) => writeStack(st.batch, rows, n, rs, result);
  if (mode === 'r') return rOut(k);
  if (mode === 'raw' || mode === 'economic') {
    const h = writeStack(st.batch, m, n, st.mats, result);
    if (mode === 'economic') return h;
    return tuple([transpose(h, tuple([...st.batch.map((_, i) => i), h.ndim - 1, h.ndim - 2])), writeVectors(st.batch, k, taus, result)]);
  }
  return QRResult([writeStack(st.batch, m, mc, qs, result), rOut(mc)]);
}

