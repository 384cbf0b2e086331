/**
 * LU factorization with partial pivoting and what is built on it: solving A·X = B, the inverse, and the
 * determinant as sign·exp(Σ log|u_ii|) (NumPy's umath_linalg computes det through slogdet, which is why
 * det([[1, 2], [3, 4]]) is -2.0000000000000004), for real (Float64Array, column-major) and complex
 * (interleaved re/im pairs) square matrices.
 *
 * The elimination order is OpenBLAS's getf2, which NumPy's dgetrf reaches for small matrices: column j is
 * brought up to date left-looking (pivots applied, a unit-lower triangular solve by dot products, then a
 * matrix-vector update), the pivot is the first entry of largest magnitude, and the column below it is
 * scaled by the reciprocal of the pivot. Dot products and axpy updates are fused multiply-add chains as
 * in OpenBLAS's kernels; the triangular solves follow trsv (one right-hand side: divide by the diagonal)
 * and trsm (several: multiply by its reciprocal). Sources: OpenBLAS lapack/getf2/getf2.c,
 * driver/level2/trsv_{L,U}.c, kernel/generic/trsm_kernel_{LT,LN}.c; NumPy umath_linalg.cpp (slogdet).
 */
import { SAFMIN, fma, dot, gemvN, iamax, swap } from './blas';
import { crLog, crExp } from '../math/libm';

export interface LU {
  /** the factors, overwriting the input: L below the diagonal (unit diagonal implied), U on and above */
  lu: Float64Array;
  /** 0-based row interchanged with row i at step i */
  ipiv: Int32Array;
  /** 0, or the 1-based index of the first exactly-zero pivot (the matrix is singular) */
  info: number;
}

/** dgetrf of the n×n matrix `a` (overwritten). */
export function getrf(n: number, a: Float64Array): LU {
  const ipiv = new Int32Array(n);
  const info = getrfPanel(a, n, n, 0, n, ipiv);
  return { lu: a, ipiv, info };
}

/**
 * OpenBLAS's getrf_single on the panel whose top-left corner is (off, off), `n` columns wide and reaching
 * the last of the `rows` rows: small panels go to getf2, larger ones are split in blocks of about half
 * their width (a multiple of the GEMM kernel's 2 columns): factor the block, then update the columns to
 * its right (row interchanges, unit-lower triangular solve, matrix product), and finally apply the later
 * interchanges to the earlier blocks.
 */
function getrfPanel(a: Float64Array, lda: number, rows: number, off: number, n: number, ipiv: Int32Array): number {
  const m = rows - off;
  const mn = Math.min(m, n);
  const blocking = ((Math.floor(mn / 2) + 1) >> 1) << 1;
  if (blocking <= 4) return getf2(a, lda, off, m, n, ipiv);
  let info = 0;
  for (let j = 0; j < mn; j += blocking) {
    const jb = Math.min(mn - j, blocking);
    const iinfo = getrfPanel(a, lda, rows, off + j, jb, ipiv);
    if (iinfo && !info) info = iinfo + j;
    if (j + jb >= n) continue;
    const r0 = off + j, c0 = off + j + jb, nc = n - j - jb;
    for (let c = c0; c < c0 + nc; c++) applyPivots(a, lda, c, r0, r0 + jb, ipiv);
    trsmLowerUnit(jb, nc, a, r0 + r0 * lda, lda, a, r0 + c0 * lda, lda);
    // A22 -= L21·U12, each entry one fused chain subtracted at the end (the GEMM kernel)
    for (let c = c0; c < c0 + nc; c++) {
      for (let r = r0 + jb; r < rows; r++) {
        let acc = a[r + r0 * lda] * a[r0 + c * lda];
        for (let l = 1; l < jb; l++) acc = fma(a[r + (r0 + l) * lda], a[r0 + l + c * lda], acc);
        a[r + c * lda] -= acc;
      }
    }
  }
  for (let j = 0; j < mn; j += blocking) {
    const jb = Math.min(mn - j, blocking);
    for (let c = off + j; c < off + j + jb; c++) applyPivots(a, lda, c, off + j + jb, off + mn, ipiv);
  }
  return info;
}

/** Row interchanges ipiv[k] for k in [from, to) applied to column c (dlaswp, forward). */
function applyPivots(a: Float64Array, lda: number, c: number, from: number, to: number, ipiv: Int32Array): void {
  for (let k = from; k < to; k++) {
    const ip = ipiv[k];
    if (ip !== k) {
      const t = a[k + c * lda];
      a[k + c * lda] = a[ip + c * lda];
      a[ip + c * lda] = t;
    }
  }
}

/** OpenBLAS getf2 on the m×n panel at (off, off): left-looking, one column at a time. */
function getf2(a: Float64Array, lda: number, off: number, m: number, n: number, ipiv: Int32Array): number {
  const base = off + off * lda;
  let info = 0;
  for (let j = 0; j < n; j++) {
    const b = base + j * lda;
    const len = Math.min(j, m);
    for (let i = 0; i < len; i++) {
      const ip = ipiv[off + i] - off;
      if (ip !== i) {
        const t = a[b + i];
        a[b + i] = a[b + ip];
        a[b + ip] = t;
      }
    }
    for (let i = 1; i < len; i++) a[b + i] -= dot(i, a, base + i, lda, a, b, 1);
    if (j >= m) continue;
    gemvN(m - j, j, -1, a, base + j, lda, a, b, 1, 1, a, b + j);
    const jp = j + iamax(m - j, a, b + j, 1);
    ipiv[off + j] = off + jp;
    const piv = a[b + jp];
    if (piv !== 0) {
      if (jp !== j) swap(j + 1, a, base + j, lda, a, base + jp, lda);
      if (Math.abs(piv) >= SAFMIN) {
        const r = 1 / piv;
        for (let i = j + 1; i < m; i++) a[b + i] *= r;
      } else for (let i = j + 1; i < m; i++) a[b + i] /= piv;
    } else if (!info) info = j + 1;
  }
  return info;
}

/** Solve A·X = B for X given getrf's factors; B is n×nrhs column-major, overwritten with X. */
export function getrs(n: number, nrhs: number, f: LU, b: Float64Array): void {
  const a = f.lu;
  for (let c = 0; c < nrhs; c++) applyPivots(b, n, c, 0, n, f.ipiv);
  if (nrhs > 1) {
    trsmLowerUnit(n, nrhs, a, 0, n, b, 0, n);
    trsmUpper(n, nrhs, a, b);
    return;
  }
  // one right-hand side: trsv, column-oriented (axpy updates), dividing by the diagonal
  for (let i = 0; i < n; i++) {
    const x = b[i];
    for (let k = i + 1; k < n; k++) b[k] = fma(-x, a[k + i * n], b[k]);
  }
  for (let i = n - 1; i >= 0; i--) {
    const x = b[i] / a[i + i * n];
    b[i] = x;
    for (let k = 0; k < i; k++) b[k] = fma(-x, a[k + i * n], b[k]);
  }
}

/**
 * Row blocks OpenBLAS's trsm kernels visit for m rows (GEMM kernel height 16): forward (LT) takes full
 * blocks from the top then the remainder by halving sizes; backward (LN) peels the remainder from the
 * bottom by doubling sizes, then full blocks upwards.
 */
function trsmBlocks(m: number, forward: boolean): [number, number][] {
  const U = 16;
  const out: [number, number][] = [];
  if (forward) {
    let s = 0;
    for (let q = 0; q < Math.floor(m / U); q++, s += U) out.push([s, s + U]);
    for (let i = U >> 1; i > 0; i >>= 1) {
      if (m & i) {
        out.push([s, s + i]);
        s += i;
      }
    }
  } else {
    for (let i = 1; i < U; i *= 2) {
      if (m & i) {
        const e = m & ~(i - 1);
        out.push([e - i, e]);
      }
    }
    const top = m & ~(U - 1);
    for (let q = 0; q < Math.floor(m / U); q++) out.push([top - U * (q + 1), top - U * q]);
  }
  return out;
}

/** B(m×n) := L⁻¹·B for the unit lower triangle L at a[lo…] — OpenBLAS trsm_kernel_LT's order. */
function trsmLowerUnit(m: number, n: number, a: Float64Array, lo: number, lda: number, b: Float64Array, bo: number, ldb: number): void {
  for (const [s, e] of trsmBlocks(m, true)) {
    for (let j = 0; j < n; j++) {
      const c = bo + j * ldb;
      if (s > 0) {
        for (let r = s; r < e; r++) {
          let acc = a[lo + r] * b[c];
          for (let l = 1; l < s; l++) acc = fma(a[lo + r + l * lda], b[c + l], acc);
          b[c + r] -= acc;
        }
      }
      for (let i = s; i < e; i++) {
        const x = b[c + i];
        for (let k = i + 1; k < e; k++) b[c + k] = fma(-x, a[lo + k + i * lda], b[c + k]);
      }
    }
  }
}

/** B(n×nrhs) := U⁻¹·B for the upper triangle of the n×n factor — trsm_kernel_LN's order, diagonal inverted. */
function trsmUpper(n: number, nrhs: number, a: Float64Array, b: Float64Array): void {
  for (const [s, e] of trsmBlocks(n, false)) {
    for (let j = 0; j < nrhs; j++) {
      const c = j * n;
      if (e < n) {
        for (let r = s; r < e; r++) {
          let acc = a[r + e * n] * b[c + e];
          for (let l = e + 1; l < n; l++) acc = fma(a[r + l * n], b[c + l], acc);
          b[c + r] -= acc;
        }
      }
      for (let i = e - 1; i >= s; i--) {
        const x = b[c + i] * (1 / a[i + i * n]);
        b[c + i] = x;
        for (let k = s; k < i; k++) b[c + k] = fma(-x, a[k + i * n], b[c + k]);
      }
    }
  }
}

/** sign and log|det| from getrf's factors, as NumPy's slogdet_from_factored_diagonal accumulates them. */
export function slogdet(n: number, f: LU): [number, number] {
  if (f.info > 0) return [0, -Infinity];
  let sign = 1;
  for (let i = 0; i < n; i++) if (f.ipiv[i] !== i) sign = -sign;
  let logdet = 0;
  for (let i = 0; i < n; i++) {
    let d = f.lu[i + i * n];
    if (d < 0) {
      sign = -sign;
      d = -d;
    }
    logdet += crLog(d);
  }
  return [sign, logdet];
}

/** det = sign·exp(logdet) (0 for a singular matrix). */
export function det(n: number, a: Float64Array): number {
  const [s, l] = slogdet(n, getrf(n, a));
  return s * crExp(l);
}

// ---- complex matrices: interleaved (re, im), column-major ----

/** zgetrf: pivot by |re| + |im| (izamax), scale by the reciprocal computed as OpenBLAS's zgetf2 does. */
export function zgetrf(n: number, a: Float64Array): LU {
  const ipiv = new Int32Array(n);
  let info = 0;
  const at = (i: number, j: number) => 2 * (i + j * n);
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < j; i++) {
      const ip = ipiv[i];
      if (ip !== i) swapC(a, at(i, j), at(ip, j));
    }
    // b(i) -= L(i, 0:i)·b(0:i) for the U part, then the rows below
    for (let i = 1; i < n; i++) {
      const kmax = Math.min(i, j);
      let sr = 0, si = 0;
      for (let k = 0; k < kmax; k++) {
        const p = at(i, k), q = at(k, j);
        sr += a[p] * a[q] - a[p + 1] * a[q + 1];
        si += a[p] * a[q + 1] + a[p + 1] * a[q];
      }
      a[at(i, j)] -= sr;
      a[at(i, j) + 1] -= si;
    }
    let jp = j, best = -1;
    for (let i = j; i < n; i++) {
      const v = Math.abs(a[at(i, j)]) + Math.abs(a[at(i, j) + 1]);
      if (v > best) {
        best = v;
        jp = i;
      }
    }
    ipiv[j] = jp;
    const pr = a[at(jp, j)], pi = a[at(jp, j) + 1];
    if (pr !== 0 || pi !== 0) {
      if (jp !== j) for (let k = 0; k <= j; k++) swapC(a, at(j, k), at(jp, k));
      const [rr, ri] = reciprocal(pr, pi);
      for (let i = j + 1; i < n; i++) {
        const p = at(i, j);
        const xr = a[p], xi = a[p + 1];
        a[p] = xr * rr - xi * ri;
        a[p + 1] = xr * ri + xi * rr;
      }
    } else if (!info) info = j + 1;
  }
  return { lu: a, ipiv, info };
}

function swapC(a: Float64Array, p: number, q: number): void {
  const r = a[p], i = a[p + 1];
  a[p] = a[q];
  a[p + 1] = a[q + 1];
  a[q] = r;
  a[q + 1] = i;
}

/** 1/(re + i·im) by Smith's ratio, as zgetf2 forms the pivot's reciprocal. */
function reciprocal(re: number, im: number): [number, number] {
  if (Math.abs(re) >= Math.abs(im)) {
    const ratio = im / re;
    const den = 1 / (re * (1 + ratio * ratio));
    return [den, -ratio * den];
  }
  const ratio = re / im;
  const den = 1 / (im * (1 + ratio * ratio));
  return [ratio * den, -den];
}

/** zgetrs: B (n×nrhs complex) := A⁻¹·B. */
export function zgetrs(n: number, nrhs: number, f: LU, b: Float64Array): void {
  const a = f.lu;
  for (let i = 0; i < n; i++) {
    const ip = f.ipiv[i];
    if (ip !== i) for (let c = 0; c < nrhs; c++) swapC(b, 2 * (i + c * n), 2 * (ip + c * n));
  }
  for (let c = 0; c < nrhs; c++) {
    const o = 2 * c * n;
    for (let i = 0; i < n; i++) {
      const xr = b[o + 2 * i], xi = b[o + 2 * i + 1];
      for (let k = i + 1; k < n; k++) {
        const p = 2 * (k + i * n);
        b[o + 2 * k] -= xr * a[p] - xi * a[p + 1];
        b[o + 2 * k + 1] -= xr * a[p + 1] + xi * a[p];
      }
    }
    for (let i = n - 1; i >= 0; i--) {
      const d = 2 * (i + i * n);
      const [rr, ri] = reciprocal(a[d], a[d + 1]);
      const br = b[o + 2 * i], bi = b[o + 2 * i + 1];
      const xr = br * rr - bi * ri, xi = br * ri + bi * rr;
      b[o + 2 * i] = xr;
      b[o + 2 * i + 1] = xi;
      for (let k = 0; k < i; k++) {
        const p = 2 * (k + i * n);
        b[o + 2 * k] -= xr * a[p] - xi * a[p + 1];
        b[o + 2 * k + 1] -= xr * a[p + 1] + xi * a[p];
      }
    }
  }
}

/** Complex slogdet: sign is the product of u_ii/|u_ii| (with the pivot parity), logdet Σ log|u_ii|. */
export function zslogdet(n: number, f: LU): [number, number, number] {
  if (f.info > 0) return [0, 0, -Infinity];
  let sr = 1, si = 0;
  for (let i = 0; i < n; i++) if (f.ipiv[i] !== i) sr = -sr;
  let logdet = 0;
  for (let i = 0; i < n; i++) {
    const p = 2 * (i + i * n);
    const re = f.lu[p], im = f.lu[p + 1];
    const abs = Math.hypot(re, im);
    const ur = re / abs, ui = im / abs;
    const t = sr * ur - si * ui;
    si = sr * ui + si * ur;
    sr = t;
    logdet += crLog(abs);
  }
  return [sr, si, logdet];
}
