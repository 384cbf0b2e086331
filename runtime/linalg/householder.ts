/**
 * Householder reflectors, LAPACK style: dlarfg (generate H = I - tau·v·vᵀ with v(1) = 1 so that
 * H·[alpha; x] = [beta; 0], beta = -sign(alpha)·‖[alpha; x]‖), dlarf (apply one reflector from either
 * side, trimming trailing zeros of v and of C as LAPACK 3.2+ does), the unblocked QR/LQ factorizations
 * dgeqr2/dgelq2, the generators dorg2r/dorgl2, and the appliers dorm2r/dorml2/dorm2l.
 *
 * Reflector vectors live in the factored matrix exactly where LAPACK stores them (below the diagonal for
 * QR, right of it for LQ), so the sign conventions of R (R[0,0] = -sign(a00)·‖a0‖ …) and of Q are
 * LAPACK's, hence NumPy's. Source: LAPACK 3.12 SRC/dlarfg.f, dlarf.f, dgeqr2.f, dgelq2.f, dorg2r.f,
 * dorgl2.f, dorm2r.f, dorml2.f, dorm2l.f.
 */
import { EPS, SAFMIN, sign, lapy2, nrm2, scal, gemvN, gemvT, ger } from './blas';

/** dlarfg on alpha = a[ai] and x = a[xo + k·incx], k < n-1: returns tau; a[ai] becomes beta, x becomes v(2:n). */
export function larfg(n: number, a: Float64Array, ai: number, xo: number, incx: number): number {
  if (n <= 1) return 0;
  let xnorm = nrm2(n - 1, a, xo, incx);
  if (xnorm === 0) return 0;
  let alpha = a[ai];
  let beta = -sign(lapy2(alpha, xnorm), alpha);
  const safmin = SAFMIN / EPS;
  let knt = 0;
  if (Math.abs(beta) < safmin) {
    // xnorm and beta may be inaccurate: scale x and recompute them
    const rsafmn = 1 / safmin;
    do {
      knt++;
      scal(n - 1, rsafmn, a, xo, incx);
      beta *= rsafmn;
      alpha *= rsafmn;
    } while (Math.abs(beta) < safmin && knt < 20);
    xnorm = nrm2(n - 1, a, xo, incx);
    beta = -sign(lapy2(alpha, xnorm), alpha);
  }
  const tau = (beta - alpha) / beta;
  scal(n - 1, 1 / (alpha - beta), a, xo, incx);
  for (let j = 0; j < knt; j++) beta *= safmin;
  a[ai] = beta;
  return tau;
}

/** iladlc: number of columns of the m×n matrix up to its last non-zero one. */
function lastColumn(m: number, n: number, c: Float64Array, co: number, ldc: number): number {
  for (let j = n - 1; j >= 0; j--) for (let i = 0; i < m; i++) if (c[co + i + j * ldc] !== 0) return j + 1;
  return 0;
}
/** iladlr: number of rows of the m×n matrix up to its last non-zero one. */
function lastRow(m: number, n: number, c: Float64Array, co: number, ldc: number): number {
  let r = 0;
  for (let j = 0; j < n; j++) {
    let i = m;
    while (i >= 1 && c[co + i - 1 + j * ldc] === 0) i--;
    r = Math.max(r, i);
  }
  return r;
}

/** dlarf: C := H·C (side 'L', C is m×n, v has m entries) or C·H (side 'R', v has n entries). */
export function larf(side: 'L' | 'R', m: number, n: number, v: Float64Array, vo: number, incv: number, tau: number, c: Float64Array, co: number, ldc: number): void {
  if (tau === 0) return;
  let lastv = side === 'L' ? m : n;
  while (lastv > 0 && v[vo + (lastv - 1) * incv] === 0) lastv--;
  if (lastv === 0) return;
  if (side === 'L') {
    const lastc = lastColumn(lastv, n, c, co, ldc);
    const w = new Float64Array(lastc);
    gemvT(lastv, lastc, 1, c, co, ldc, v, vo, incv, 0, w, 0, 1);
    ger(lastv, lastc, -tau, v, vo, incv, w, 0, 1, c, co, ldc);
  } else {
    const lastc = lastRow(m, lastv, c, co, ldc);
    const w = new Float64Array(lastc);
    gemvN(lastc, lastv, 1, c, co, ldc, v, vo, incv, 0, w, 0);
    ger(lastc, lastv, -tau, w, 0, 1, v, vo, incv, c, co, ldc);
  }
}

/** Apply the reflector stored at a[p] (unit first element implied) — dlarf with A(i,i) temporarily 1. */
function applyAt(side: 'L' | 'R', m: number, n: number, a: Float64Array, p: number, inc: number, tau: number, c: Float64Array, co: number, ldc: number): void {
  const keep = a[p];
  a[p] = 1;
  larf(side, m, n, a, p, inc, tau, c, co, ldc);
  a[p] = keep;
}

/** dgeqr2: A(m×n) = Q·R in place; returns tau (min(m, n) reflectors below the diagonal). */
export function geqr2(m: number, n: number, a: Float64Array, ao: number, lda: number): Float64Array {
  const k = Math.min(m, n);
  const tau = new Float64Array(k);
  for (let i = 0; i < k; i++) {
    const p = ao + i + i * lda;
    tau[i] = larfg(m - i, a, p, ao + Math.min(i + 1, m - 1) + i * lda, 1);
    if (i < n - 1) applyAt('L', m - i, n - i - 1, a, p, 1, tau[i], a, p + lda, lda);
  }
  return tau;
}

/** dgelq2: A(m×n) = L·Q in place; returns tau (reflectors to the right of the diagonal). */
export function gelq2(m: number, n: number, a: Float64Array, ao: number, lda: number): Float64Array {
  const k = Math.min(m, n);
  const tau = new Float64Array(k);
  for (let i = 0; i < k; i++) {
    const p = ao + i + i * lda;
    tau[i] = larfg(n - i, a, p, ao + i + Math.min(i + 1, n - 1) * lda, lda);
    if (i < m - 1) applyAt('R', m - i - 1, n - i, a, p, lda, tau[i], a, p + 1, lda);
  }
  return tau;
}

/** dorg2r: overwrite A(m×n) with the first n columns of Q = H(1)…H(k) from geqr2's reflectors. */
export function org2r(m: number, n: number, k: number, a: Float64Array, ao: number, lda: number, tau: Float64Array, to = 0): void {
  for (let j = k; j < n; j++) {
    for (let l = 0; l < m; l++) a[ao + l + j * lda] = 0;
    a[ao + j + j * lda] = 1;
  }
  for (let i = k - 1; i >= 0; i--) {
    const p = ao + i + i * lda;
    if (i < n - 1) {
      a[p] = 1;
      larf('L', m - i, n - i - 1, a, p, 1, tau[to + i], a, p + lda, lda);
    }
    if (i < m - 1) scal(m - i - 1, -tau[to + i], a, p + 1, 1);
    a[p] = 1 - tau[to + i];
    for (let l = 0; l < i; l++) a[ao + l + i * lda] = 0;
  }
}

/** dorgl2: overwrite A(m×n) with the first m rows of Q = H(k)…H(1) from gelq2's reflectors. */
export function orgl2(m: number, n: number, k: number, a: Float64Array, ao: number, lda: number, tau: Float64Array): void {
  if (k < m) {
    for (let j = 0; j < n; j++) {
      for (let l = k; l < m; l++) a[ao + l + j * lda] = 0;
      if (j >= k && j < m) a[ao + j + j * lda] = 1;
    }
  }
  for (let i = k - 1; i >= 0; i--) {
    const p = ao + i + i * lda;
    if (i < n - 1) {
      if (i < m - 1) {
        a[p] = 1;
        larf('R', m - i - 1, n - i, a, p, lda, tau[i], a, p + 1, lda);
      }
      scal(n - i - 1, -tau[i], a, p + lda, lda);
    }
    a[p] = 1 - tau[i];
    for (let l = 0; l < i; l++) a[ao + i + l * lda] = 0;
  }
}

/** dorm2r side 'L', trans 'N': C(m×n) := Q·C with Q = H(1)…H(k) stored column-wise in A. */
export function orm2rLeft(m: number, n: number, k: number, a: Float64Array, ao: number, lda: number, tau: Float64Array, to: number, c: Float64Array, co: number, ldc: number): void {
  for (let i = k - 1; i >= 0; i--) applyAt('L', m - i, n, a, ao + i + i * lda, 1, tau[to + i], c, co + i, ldc);
}

/** dorml2 side 'R', trans 'N': C(m×n) := C·Q with Q = H(k)…H(1) stored row-wise in A. */
export function orml2Right(m: number, n: number, k: number, a: Float64Array, ao: number, lda: number, tau: Float64Array, to: number, c: Float64Array, co: number, ldc: number): void {
  for (let i = k - 1; i >= 0; i--) applyAt('R', m, n - i, a, ao + i + i * lda, lda, tau[to + i], c, co + i * ldc, ldc);
}

/** dorm2l side 'L', trans 'N': C(m×n) := Q·C with Q = H(k)…H(1) from a QL factorization (nq = m). */
export function orm2lLeft(m: number, n: number, k: number, a: Float64Array, ao: number, lda: number, tau: Float64Array, c: Float64Array, co: number, ldc: number): void {
  for (let i = 0; i < k; i++) {
    // v = A(0 : m-k+i, i) with its unit element last
    const unit = ao + (m - k + i) + i * lda;
    const keep = a[unit];
    a[unit] = 1;
    larf('L', m - k + i + 1, n, a, ao + i * lda, 1, tau[i], c, co, ldc);
    a[unit] = keep;
  }
}

/** dorm2r side 'L', trans 'T': C(m×n) := Qᵀ·C with Q = H(1)…H(k) stored column-wise in A. */
export function orm2rLeftT(m: number, n: number, k: number, a: Float64Array, ao: number, lda: number, tau: Float64Array, to: number, c: Float64Array, co: number, ldc: number): void {
  for (let i = 0; i < k; i++) applyAt('L', m - i, n, a, ao + i + i * lda, 1, tau[to + i], c, co + i, ldc);
}

/** dorml2 side 'L', trans 'T': C(m×n) := Qᵀ·C with Q = H(k)…H(1) stored row-wise in A. */
export function orml2LeftT(m: number, n: number, k: number, a: Float64Array, ao: number, lda: number, tau: Float64Array, to: number, c: Float64Array, co: number, ldc: number): void {
  for (let i = k - 1; i >= 0; i--) applyAt('L', m - i, n, a, ao + i + i * lda, lda, tau[to + i], c, co + i, ldc);
}
