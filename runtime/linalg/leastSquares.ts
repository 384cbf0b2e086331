/**
 * Minimum-norm least squares, min ‖b - A·x‖₂, by LAPACK's dgelsd (NumPy's lstsq): scale A and B into
 * range, reduce A to bidiagonal form (after a QR factorization when m ≥ 1.6·n, or an LQ one when
 * n ≥ 1.6·m), apply the left transformations to B, solve the bidiagonal problem through its SVD
 * (dlalsd: singular values at or below rcond·σmax are treated as zero, which sets the rank), and
 * transform the solution back. The rows of B beyond the solution keep the transformed residual
 * components, from which NumPy sums the squared residuals.
 *
 * Column-major; B is max(m, n)×nrhs. Source: LAPACK 3.12 SRC/dgelsd.f, dlalsd.f (n ≤ 25 branch).
 */
import { ULP, EPS, SAFMIN, lascl, lartg, rot, iamax, fma } from './blas';
import { geqr2, gelq2, orm2rLeftT, orml2LeftT } from './householder';
import { gebd2, Bidiagonal } from './svd';
import { lasdq } from './bidiagonalSvd';

export interface LeastSquares {
  /** singular values of A, decreasing */
  s: Float64Array;
  rank: number;
  /** LAPACK INFO: > 0 when the SVD failed to converge */
  info: number;
}

/** dgelsd: overwrite b (ldb = max(m, n), nrhs columns) with the solution in its first n rows. */
export function gelsd(m: number, n: number, nrhs: number, a: Float64Array, b: Float64Array, rcond: number): LeastSquares {
  const minmn = Math.min(m, n), ldb = Math.max(m, n);
  const s = new Float64Array(minmn);
  if (minmn === 0) {
    b.fill(0);
    return { s, rank: 0, info: 0 };
  }
  const smlnum = SAFMIN / ULP, bignum = 1 / smlnum;
  const maxAbs = (x: Float64Array, rows: number, ld: number, cols: number) => {
    let r = 0;
    for (let j = 0; j < cols; j++) {
      for (let i = 0; i < rows; i++) {
        const v = Math.abs(x[i + j * ld]);
        if (r < v || Number.isNaN(v)) r = v;
      }
    }
    return r;
  };
  const scaleBlock = (from: number, to: number, x: Float64Array, rows: number, ld: number, cols: number) => {
    for (let j = 0; j < cols; j++) lascl(from, to, rows, x, j * ld, 1);
  };
  const anrm = maxAbs(a, m, m, n);
  let ascaled = 0;
  if (anrm > 0 && anrm < smlnum) ascaled = smlnum;
  else if (anrm > bignum) ascaled = bignum;
  else if (anrm === 0) {
    b.fill(0);
    return { s, rank: 0, info: 0 };
  }
  if (ascaled) scaleBlock(anrm, ascaled, a, m, m, n);
  const bnrm = maxAbs(b, m, ldb, nrhs);
  let bscaled = 0;
  if (bnrm > 0 && bnrm < smlnum) bscaled = smlnum;
  else if (bnrm > bignum) bscaled = bignum;
  if (bscaled) scaleBlock(bnrm, bscaled, b, m, ldb, nrhs);
  for (let j = 0; j < nrhs; j++) for (let i = m; i < n; i++) b[i + j * ldb] = 0;
  // ILAENV(6, 'DGELSD') in single precision: INT(REAL(MIN(M, N)) * 1.6E0)
  const mnthr = Math.trunc(Math.fround(Math.fround(minmn) * Math.fround(1.6)));
  let r: { rank: number; info: number };
  if (m >= n) {
    let mm = m;
    if (m >= mnthr) {
      mm = n;
      const tau = geqr2(m, n, a, 0, m);
      orm2rLeftT(m, nrhs, n, a, 0, m, tau, 0, b, 0, ldb);
      for (let j = 0; j < n; j++) for (let i = j + 1; i < n; i++) a[i + j * m] = 0;
    }
    const bd = gebd2(mm, n, a, m);
    orm2rLeftT(mm, nrhs, n, a, 0, m, bd.tauq, 0, b, 0, ldb);
    r = lalsd(true, n, nrhs, bd, b, ldb, rcond);
    if (r.info === 0 && n > 1) orml2LeftT(n - 1, nrhs, n - 1, a, m, m, bd.taup, 0, b, 1, ldb);
    s.set(bd.d.subarray(1, n + 1));
  } else if (n >= mnthr) {
    // many more columns than rows: L·Q first
    const tau = gelq2(m, n, a, 0, m);
    const l = new Float64Array(m * m);
    for (let j = 0; j < m; j++) for (let i = j; i < m; i++) l[i + j * m] = a[i + j * m];
    const bd = gebd2(m, m, l, m);
    orm2rLeftT(m, nrhs, m, l, 0, m, bd.tauq, 0, b, 0, ldb);
    r = lalsd(true, m, nrhs, bd, b, ldb, rcond);
    if (r.info === 0) {
      if (m > 1) orml2LeftT(m - 1, nrhs, m - 1, l, m, m, bd.taup, 0, b, 1, ldb);
      for (let j = 0; j < nrhs; j++) for (let i = m; i < n; i++) b[i + j * ldb] = 0;
      orml2LeftT(n, nrhs, m, a, 0, m, tau, 0, b, 0, ldb);
    }
    s.set(bd.d.subarray(1, m + 1));
  } else {
    const bd = gebd2(m, n, a, m);
    if (m > 1) orm2rLeftT(m - 1, nrhs, m - 1, a, 1, m, bd.tauq, 0, b, 1, ldb);
    r = lalsd(false, m, nrhs, bd, b, ldb, rcond);
    if (r.info === 0) orml2LeftT(n, nrhs, m, a, 0, m, bd.taup, 0, b, 0, ldb);
    s.set(bd.d.subarray(1, m + 1));
  }
  if (ascaled) {
    scaleBlock(anrm, ascaled, b, n, ldb, nrhs);
    lascl(ascaled, anrm, minmn, s, 0, 1);
  }
  if (bscaled) scaleBlock(bscaled, bnrm, b, n, ldb, nrhs);
  return { s, rank: r.rank, info: r.info };
}

/** dlalsd for n ≤ 25: solve the bidiagonal least squares problem through its SVD; d becomes σ (decreasing). */
function lalsd(upper: boolean, n: number, nrhs: number, bd: Bidiagonal, b: Float64Array, ldb: number, rcond: number): { rank: number; info: number } {
  const { d, e } = bd;
  const rcnd = rcond <= 0 || rcond >= 1 ? EPS : rcond;
  if (n === 1) {
    if (d[1] === 0) {
      for (let j = 0; j < nrhs; j++) b[j * ldb] = 0;
      return { rank: 0, info: 0 };
    }
    for (let j = 0; j < nrhs; j++) lascl(d[1], 1, 1, b, j * ldb, 1);
    d[1] = Math.abs(d[1]);
    return { rank: 1, info: 0 };
  }
  if (!upper) {
    // rotate the lower bidiagonal to upper, applying the rotations to B
    const cs = new Float64Array(n), sn = new Float64Array(n);
    for (let i = 1; i <= n - 1; i++) {
      const [c, s, r] = lartg(d[i], e[i]);
      d[i] = r;
      e[i] = s * d[i + 1];
      d[i + 1] = c * d[i + 1];
      cs[i] = c;
      sn[i] = s;
    }
    for (let j = 0; j < nrhs; j++) for (let i = 1; i <= n - 1; i++) rot(1, b, i - 1 + j * ldb, 1, b, i + j * ldb, 1, cs[i], sn[i]);
  }
  let orgnrm = 0;
  for (let i = 1; i <= n; i++) orgnrm = Math.max(orgnrm, Math.abs(d[i]));
  for (let i = 1; i <= n - 1; i++) orgnrm = Math.max(orgnrm, Math.abs(e[i]));
  if (orgnrm === 0) {
    for (let j = 0; j < nrhs; j++) for (let i = 0; i < n; i++) b[i + j * ldb] = 0;
    return { rank: 0, info: 0 };
  }
  lascl(orgnrm, 1, n, d, 1, 1);
  lascl(orgnrm, 1, n - 1, e, 1, 1);
  const vt = new Float64Array(n * n);
  for (let i = 0; i < n; i++) vt[i + i * n] = 1;
  const info = lasdq(n, d, e, { vt, ldvt: n, ncvt: n, u: vt, ldu: n, nru: 0, c: b, ldc: ldb, ncc: nrhs });
  if (info !== 0) return { rank: 0, info };
  const tol = rcnd * Math.abs(d[iamax(n, d, 1, 1) + 1]);
  let rank = 0;
  for (let i = 1; i <= n; i++) {
    if (d[i] <= tol) for (let j = 0; j < nrhs; j++) b[i - 1 + j * ldb] = 0;
    else {
      for (let j = 0; j < nrhs; j++) lascl(d[i], 1, 1, b, i - 1 + j * ldb, 1);
      rank++;
    }
  }
  // B := VTᵀ·B (dgemm 'T', one fused chain per entry)
  const x = new Float64Array(n * nrhs);
  for (let j = 0; j < nrhs; j++) {
    for (let i = 0; i < n; i++) {
      let t = vt[i * n] * b[j * ldb];
      for (let l = 1; l < n; l++) t = fma(vt[l + i * n], b[l + j * ldb], t);
      x[i + j * n] = t;
    }
  }
  for (let j = 0; j < nrhs; j++) for (let i = 0; i < n; i++) b[i + j * ldb] = x[i + j * n];
  lascl(1, orgnrm, n, d, 1, 1);
  const sorted = Array.from(d.subarray(1, n + 1)).sort((p, q) => q - p);
  d.set(sorted, 1);
  for (let j = 0; j < nrhs; j++) lascl(orgnrm, 1, n, b, j * ldb, 1);
  return { rank, info: 0 };
}
