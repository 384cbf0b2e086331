/**
 * Singular value decomposition A = U·diag(s)·Vᵀ by LAPACK's dgesdd route, which NumPy's svd takes:
 * bidiagonalize with Householder reflectors (dgebd2; when one side is at least 11/6 times the other,
 * after a QR or LQ factorization, as dgesdd's paths 1–4 and 1t–4t do), solve the bidiagonal problem
 * (bidiagonalSvd.ts), then multiply the reflectors back in (dormbr) and, on the QR/LQ paths, the
 * orthogonal factor (dgemm). Following the same path matters: it fixes the signs of the singular
 * vectors, which is what users see.
 *
 * Singular values come back in decreasing order. Matrices are column-major; `jobz` is 'N' (values
 * only), 'S' (the min(m, n) leading vectors) or 'A' (all: U m×m, Vᵀ n×n). Source: LAPACK 3.12
 * SRC/dgesdd.f, dgebd2.f, dormbr.f.
 */
import { ULP, SAFMIN, gemm, lascl } from './blas';
import { larfg, larf, geqr2, gelq2, org2r, orgl2, orm2rLeft, orml2Right } from './householder';
import { bdsdc } from './bidiagonalSvd';

export interface Bidiagonal {
  /** diagonal and off-diagonal, 1-based */
  d: Float64Array;
  e: Float64Array;
  tauq: Float64Array;
  taup: Float64Array;
}

/** dgebd2: reduce the m×n A (leading dimension lda) to upper (m ≥ n) or lower (m < n) bidiagonal form. */
export function gebd2(m: number, n: number, a: Float64Array, lda: number): Bidiagonal {
  const k = Math.min(m, n);
  const d = new Float64Array(k + 1), e = new Float64Array(k + 1);
  const tauq = new Float64Array(k), taup = new Float64Array(k);
  const at = (i: number, j: number) => i + j * lda;
  const reflect = (side: 'L' | 'R', rows: number, cols: number, p: number, inc: number, tau: number, c: number) => {
    const keep = a[p];
    a[p] = 1;
    larf(side, rows, cols, a, p, inc, tau, a, c, lda);
    a[p] = keep;
  };
  for (let i = 0; i < k; i++) {
    if (m >= n) {
      tauq[i] = larfg(m - i, a, at(i, i), at(Math.min(i + 1, m - 1), i), 1);
      d[i + 1] = a[at(i, i)];
      if (i < n - 1) reflect('L', m - i, n - i - 1, at(i, i), 1, tauq[i], at(i, i + 1));
      if (i < n - 1) {
        taup[i] = larfg(n - i - 1, a, at(i, i + 1), at(i, Math.min(i + 2, n - 1)), lda);
        e[i + 1] = a[at(i, i + 1)];
        reflect('R', m - i - 1, n - i - 1, at(i, i + 1), lda, taup[i], at(i + 1, i + 1));
      }
    } else {
      taup[i] = larfg(n - i, a, at(i, i), at(i, Math.min(i + 1, n - 1)), lda);
      d[i + 1] = a[at(i, i)];
      if (i < m - 1) reflect('R', m - i - 1, n - i, at(i, i), lda, taup[i], at(i + 1, i));
      if (i < m - 1) {
        tauq[i] = larfg(m - i - 1, a, at(i + 1, i), at(Math.min(i + 2, m - 1), i), 1);
        e[i + 1] = a[at(i + 1, i)];
        reflect('L', m - i - 1, n - i - 1, at(i + 1, i), 1, tauq[i], at(i + 1, i + 1));
      }
    }
  }
  return { d, e, tauq, taup };
}

/** dormbr('Q', 'L', 'N'): C(rows×cols) := Q·C for the Q of gebd2 on an nq×k matrix A. */
function applyQ(nq: number, k: number, a: Float64Array, lda: number, tauq: Float64Array, rows: number, cols: number, c: Float64Array, ldc: number): void {
  if (nq >= k) orm2rLeft(rows, cols, k, a, 0, lda, tauq, 0, c, 0, ldc);
  else if (nq > 1) orm2rLeft(rows - 1, cols, nq - 1, a, 1, lda, tauq, 0, c, 1, ldc);
}

/** dormbr('P', 'R', 'T'): C(rows×cols) := C·Pᵀ for the P of gebd2 on a k×nq matrix A. */
function applyPt(nq: number, k: number, a: Float64Array, lda: number, taup: Float64Array, rows: number, cols: number, c: Float64Array, ldc: number): void {
  if (nq > k) orml2Right(rows, cols, k, a, 0, lda, taup, 0, c, 0, ldc);
  else if (nq > 1) orml2Right(rows, cols - 1, nq - 1, a, lda, lda, taup, 0, c, ldc, ldc);
}

export interface Svd {
  /** singular values, decreasing */
  s: Float64Array;
  /** left vectors, m×ucols column-major (null for jobz 'N') */
  u: Float64Array | null;
  ucols: number;
  /** right vectors transposed, vtrows×n column-major (null for jobz 'N') */
  vt: Float64Array | null;
  vtrows: number;
  /** > 0 when the bidiagonal QR iteration failed to converge */
  info: number;
}

/** dgesdd of the m×n column-major `a` (overwritten). */
export function gesdd(m: number, n: number, a: Float64Array, jobz: 'N' | 'S' | 'A'): Svd {
  const minmn = Math.min(m, n);
  const ucols = jobz === 'A' ? m : minmn, vtrows = jobz === 'A' ? n : minmn;
  if (minmn === 0) {
    const eye = (k: number) => {
      const z = new Float64Array(k * k);
      for (let i = 0; i < k; i++) z[i + i * k] = 1;
      return z;
    };
    return { s: new Float64Array(0), u: jobz === 'N' ? null : jobz === 'A' ? eye(m) : new Float64Array(0), ucols, vt: jobz === 'N' ? null : jobz === 'A' ? eye(n) : new Float64Array(0), vtrows, info: 0 };
  }
  // scale A if its largest entry is outside [smlnum, bignum]
  const smlnum = Math.sqrt(SAFMIN) / ULP, bignum = 1 / smlnum;
  let anrm = 0;
  for (let i = 0; i < m * n; i++) {
    const v = Math.abs(a[i]);
    if (anrm < v || Number.isNaN(v)) anrm = v;
  }
  // LAPACK 3.10's dgesdd refuses a NaN entry (INFO = -4), which NumPy reports as non-convergence
  if (Number.isNaN(anrm)) return { s: new Float64Array(minmn), u: null, ucols, vt: null, vtrows, info: -4 };
  let scaledTo = 0;
  if (anrm > 0 && anrm < smlnum) scaledTo = smlnum;
  else if (anrm > bignum) scaledTo = bignum;
  if (scaledTo) lascl(anrm, scaledTo, m * n, a, 0, 1);
  const r = m >= n ? tallSvd(m, n, a, jobz) : wideSvd(m, n, a, jobz);
  if (scaledTo) lascl(scaledTo, anrm, minmn, r.s, 0, 1);
  return { ...r, ucols, vtrows };
}

type Parts = Pick<Svd, 's' | 'u' | 'vt' | 'info'>;

function finish(k: number, b: Bidiagonal, upper: boolean, wantVectors: boolean) {
  const { vec, info } = bdsdc(upper, k, b.d, b.e, wantVectors);
  return { s: b.d.slice(1, k + 1), vec, info };
}

/** Copy the top-left rows×cols block of a (lda) into a zeroed dst (ldd). */
function place(a: Float64Array, lda: number, rows: number, cols: number, dst: Float64Array, ldd: number): void {
  for (let j = 0; j < cols; j++) for (let i = 0; i < rows; i++) dst[i + j * ldd] = a[i + j * lda];
}

/** m ≥ n: paths 1–5. */
function tallSvd(m: number, n: number, a: Float64Array, jobz: 'N' | 'S' | 'A'): Parts {
  const mnthr = Math.floor((n * 11) / 6);
  const vecs = jobz !== 'N';
  if (m >= mnthr) {
    // QR first, then bidiagonalize R
    const tau = geqr2(m, n, a, 0, m);
    const qcols = jobz === 'A' ? m : n;
    const q = new Float64Array(vecs ? m * qcols : 0);
    if (vecs) place(a, m, m, n, q, m);
    // R is bidiagonalized where LAPACK keeps it: copied out (path 3) or in A (paths 1, 4)
    const ldr = jobz === 'S' ? n : m;
    const r = jobz === 'S' ? new Float64Array(n * n) : a;
    for (let j = 0; j < n; j++) for (let i = 0; i < n; i++) r[i + j * ldr] = i <= j ? a[i + j * m] : 0;
    const b = gebd2(n, n, r, ldr);
    const { s, vec, info } = finish(n, b, true, vecs);
    if (!vec) return { s, u: null, vt: null, info };
    applyQ(n, n, r, ldr, b.tauq, n, n, vec.u, n);
    applyPt(n, n, r, ldr, b.taup, n, n, vec.vt, n);
    org2r(m, qcols, n, q, 0, m, tau);
    const un = gemm(m, n, n, q, 0, m, vec.u, 0, n);
    q.set(un.subarray(0, m * n));
    return { s, u: q, vt: vec.vt, info };
  }
  const b = gebd2(m, n, a, m);
  const { s, vec, info } = finish(n, b, true, vecs);
  if (!vec) return { s, u: null, vt: null, info };
  const ucols = jobz === 'A' ? m : n;
  const u = new Float64Array(m * ucols);
  place(vec.u, n, n, n, u, m);
  for (let i = n; i < ucols; i++) u[i + i * m] = 1;
  applyQ(m, n, a, m, b.tauq, m, ucols, u, m);
  applyPt(n, jobz === 'A' ? m : n, a, m, b.taup, n, n, vec.vt, n);
  return { s, u, vt: vec.vt, info };
}

/** m < n: paths 1t–5t. */
function wideSvd(m: number, n: number, a: Float64Array, jobz: 'N' | 'S' | 'A'): Parts {
  const mnthr = Math.floor((m * 11) / 6);
  const vecs = jobz !== 'N';
  if (n >= mnthr) {
    // LQ first, then bidiagonalize L
    const tau = gelq2(m, n, a, 0, m);
    const l = new Float64Array(m * m);
    for (let j = 0; j < m; j++) for (let i = j; i < m; i++) l[i + j * m] = a[i + j * m];
    const b = gebd2(m, m, l, m);
    const { s, vec, info } = finish(m, b, true, vecs);
    if (!vec) return { s, u: null, vt: null, info };
    applyQ(m, m, l, m, b.tauq, m, m, vec.u, m);
    applyPt(m, m, l, m, b.taup, m, m, vec.vt, m);
    const qrows = jobz === 'A' ? n : m;
    const q = new Float64Array(qrows * n);
    place(a, m, m, n, q, qrows);
    orgl2(qrows, n, m, q, 0, qrows, tau);
    const vm = gemm(m, n, m, vec.vt, 0, m, q, 0, qrows);
    for (let j = 0; j < n; j++) for (let i = 0; i < m; i++) q[i + j * qrows] = vm[i + j * m];
    return { s, u: vec.u, vt: q, info };
  }
  const b = gebd2(m, n, a, m);
  const { s, vec, info } = finish(m, b, false, vecs);
  if (!vec) return { s, u: null, vt: null, info };
  const vtrows = jobz === 'A' ? n : m;
  const vt = new Float64Array(vtrows * n);
  place(vec.vt, m, m, m, vt, vtrows);
  for (let i = m; i < vtrows; i++) vt[i + i * vtrows] = 1;
  applyQ(m, n, a, m, b.tauq, m, m, vec.u, m);
  applyPt(n, m, a, m, b.taup, vtrows, n, vt, vtrows);
  return { s, u: vec.u, vt, info };
}

