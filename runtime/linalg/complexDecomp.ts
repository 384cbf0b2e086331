/**
 * The complex128 factorizations numpy.linalg needs beyond LU and Cholesky: Householder QR (zgeqr2 /
 * zung2r), the Hermitian eigenproblem (zhetd2 reduction to a real symmetric tridiagonal, then the real
 * dsteqr/dsterf of symmetricEigen.ts), the SVD (zgebd2 reduction to a real bidiagonal, then the real
 * dbdsdc of bidiagonalSvd.ts), the general eigenproblem (zgehd2 Hessenberg reduction, a single-shift
 * complex QR iteration in the manner of zlahqr, and triangular back-substitution for the vectors as in
 * ztrevc) and minimum-norm least squares through the SVD (what zgelsd computes).
 *
 * Matrices are column-major with interleaved re/im (entry (i, j) of a matrix with leading dimension ld
 * at 2·(i + j·ld)). Reflectors follow LAPACK's zlarfg convention: H = I − τ·v·vᴴ, v(1) = 1, with
 * Hᴴ·[α; x] = [β; 0] and β real, so R's diagonal and the tridiagonal/bidiagonal forms come out real.
 * These are straightforward unblocked formulations written for this project (no balancing in the
 * general eigenproblem), not transcriptions of LAPACK.
 */
import { EPS, SAFMIN, ULP, identity, sign } from './blas';
import { steqr, sterf } from './symmetricEigen';
import { bdsdc } from './bidiagonalSvd';

const hypot = Math.hypot;

/** |re| + |im|, LAPACK's cabs1 */
const cabs1 = (a: Float64Array, p: number) => Math.abs(a[p]) + Math.abs(a[p + 1]);

/** x / y for complex x = (a, b), y = (c, d), scaled (Smith's method). */
function cdiv(a: number, b: number, c: number, d: number): [number, number] {
  if (Math.abs(d) <= Math.abs(c)) {
    const r = d / c, t = c + d * r;
    return [(a + b * r) / t, (b - a * r) / t];
  }
  const r = c / d, t = d + c * r;
  return [(a * r + b) / t, (b * r - a) / t];
}

/** principal complex square root */
function csqrt(re: number, im: number): [number, number] {
  if (re === 0 && im === 0) return [0, 0];
  const m = hypot(re, im);
  if (re >= 0) {
    const t = Math.sqrt((m + re) / 2);
    return [t, im / (2 * t)];
  }
  const t = Math.sqrt((m - re) / 2);
  // the imaginary part takes the sign of im, -0 included (C99 csqrt, which gfortran's LAPACK uses)
  return [Math.abs(im) / (2 * t), sign(t, im)];
}

/**
 * zlarfg on α = a[2·ai] and x = a[2·(xo + k·incx)], k < n−1 (complex indices): returns τ as [re, im];
 * α becomes β (real) and x becomes v(2:n).
 */
export function zlarfg(n: number, a: Float64Array, ai: number, xo: number, incx: number): [number, number] {
  if (n <= 0) return [0, 0];
  let xnorm = 0;
  {
    // scaled 2-norm of x
    let scale = 0, ssq = 1;
    for (let k = 0; k < n - 1; k++) {
      const p = 2 * (xo + k * incx);
      for (const v of [a[p], a[p + 1]]) {
        if (v !== 0) {
          const av = Math.abs(v);
          if (scale < av) {
            ssq = 1 + ssq * (scale / av) ** 2;
            scale = av;
          } else ssq += (av / scale) ** 2;
        }
      }
    }
    xnorm = scale * Math.sqrt(ssq);
  }
  const ar = a[2 * ai], aim = a[2 * ai + 1];
  if (xnorm === 0 && aim === 0) return [0, 0];
  const mag = hypot(ar, aim, xnorm);
  // Fortran SIGN: an alpha of -0 (as in -1j) counts as negative
  const beta = -sign(mag, ar);
  const tau: [number, number] = [(beta - ar) / beta, -aim / beta];
  const [sr, si] = cdiv(1, 0, ar - beta, aim);
  for (let k = 0; k < n - 1; k++) {
    const p = 2 * (xo + k * incx);
    const xr = a[p], xi = a[p + 1];
    a[p] = xr * sr - xi * si;
    a[p + 1] = xr * si + xi * sr;
  }
  a[2 * ai] = beta;
  a[2 * ai + 1] = 0;
  return tau;
}

/**
 * C := (I − τ·v·vᴴ)·C for the rows×cols block of c at complex index co (leading dimension ldc); v has
 * `rows` entries at complex index vo with stride incv, v(1) taken as 1.
 */
function applyLeft(tr: number, ti: number, v: Float64Array, vo: number, incv: number, rows: number, cols: number, c: Float64Array, co: number, ldc: number): void {
  if (tr === 0 && ti === 0) return;
  const vr = new Float64Array(rows), vi = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    const p = 2 * (vo + i * incv);
    vr[i] = i === 0 ? 1 : v[p];
    vi[i] = i === 0 ? 0 : v[p + 1];
  }
  for (let j = 0; j < cols; j++) {
    const base = 2 * (co + j * ldc);
    // s = vᴴ·c_j
    let sr = 0, si = 0;
    for (let i = 0; i < rows; i++) {
      const cr = c[base + 2 * i], ci = c[base + 2 * i + 1];
      sr += vr[i] * cr + vi[i] * ci;
      si += vr[i] * ci - vi[i] * cr;
    }
    // c_j -= (τ·s)·v
    const fr = tr * sr - ti * si, fi = tr * si + ti * sr;
    for (let i = 0; i < rows; i++) {
      c[base + 2 * i] -= fr * vr[i] - fi * vi[i];
      c[base + 2 * i + 1] -= fr * vi[i] + fi * vr[i];
    }
  }
}

/** C := C·(I − τ·v·vᴴ) for the rows×cols block; v has `cols` entries (v(1) = 1). */
function applyRight(tr: number, ti: number, v: Float64Array, vo: number, incv: number, rows: number, cols: number, c: Float64Array, co: number, ldc: number): void {
  if (tr === 0 && ti === 0) return;
  const vr = new Float64Array(cols), vi = new Float64Array(cols);
  for (let j = 0; j < cols; j++) {
    const p = 2 * (vo + j * incv);
    vr[j] = j === 0 ? 1 : v[p];
    vi[j] = j === 0 ? 0 : v[p + 1];
  }
  for (let i = 0; i < rows; i++) {
    // s = row_i · v
    let sr = 0, si = 0;
    for (let j = 0; j < cols; j++) {
      const p = 2 * (co + i + j * ldc);
      sr += c[p] * vr[j] - c[p + 1] * vi[j];
      si += c[p] * vi[j] + c[p + 1] * vr[j];
    }
    // row_i -= (τ·s)·vᴴ
    const fr = tr * sr - ti * si, fi = tr * si + ti * sr;
    for (let j = 0; j < cols; j++) {
      const p = 2 * (co + i + j * ldc);
      c[p] -= fr * vr[j] + fi * vi[j];
      c[p + 1] -= fi * vr[j] - fr * vi[j];
    }
  }
}

/** zgeqr2: A (m×n, lda = m) = Q·R in place; returns the k = min(m, n) τ's interleaved. */
export function zgeqr2(m: number, n: number, a: Float64Array): Float64Array {
  const k = Math.min(m, n);
  const tau = new Float64Array(2 * k);
  for (let i = 0; i < k; i++) {
    const [tr, ti] = zlarfg(m - i, a, i + i * m, Math.min(i + 1, m - 1) + i * m, 1);
    tau[2 * i] = tr;
    tau[2 * i + 1] = ti;
    // H(i)ᴴ from the left on the trailing columns
    if (i < n - 1) applyLeft(tr, -ti, a, i + i * m, 1, m - i, n - i - 1, a, i + (i + 1) * m, m);
  }
  return tau;
}

/**
 * The first `cols` columns of Q = H(0)·H(1)···H(k−1), the reflectors stored below the diagonal of the
 * m-row `a` (leading dimension lda) starting at row `shift` (0 for QR; 1 for the Hessenberg and
 * tridiagonal reductions, whose reflectors act on rows i+1..). Returns an m×cols matrix.
 */
export function formQ(m: number, cols: number, k: number, a: Float64Array, lda: number, tau: Float64Array, shift = 0): Float64Array {
  const q = new Float64Array(2 * m * cols);
  for (let i = 0; i < Math.min(m, cols); i++) q[2 * (i + i * m)] = 1;
  for (let i = k - 1; i >= 0; i--) {
    const r0 = i + shift;
    if (r0 >= m) continue;
    applyLeft(tau[2 * i], tau[2 * i + 1], a, r0 + i * lda, 1, m - r0, cols, q, r0, m);
  }
  return q;
}

/** The full Hermitian matrix from one triangle of `a` (diagonal taken real, as LAPACK does). */
function hermitianFrom(n: number, a: Float64Array, lower: boolean): Float64Array {
  const h = new Float64Array(2 * n * n);
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < n; i++) {
      const useOwn = i === j || (lower ? i > j : i < j);
      const p = 2 * (i + j * n);
      if (useOwn) {
        h[p] = a[p];
        h[p + 1] = i === j ? 0 : a[p + 1];
      } else {
        const q = 2 * (j + i * n);
        h[p] = a[q];
        h[p + 1] = -a[q + 1];
      }
    }
  }
  return h;
}

export interface HermitianEigen {
  /** eigenvalues, ascending */
  w: Float64Array;
  /** eigenvectors as columns (n×n complex column-major), when asked for */
  v: Float64Array | null;
  info: number;
}

/** zheevd's results for the Hermitian n×n `a`, using its lower or upper triangle. */
export function zheev(n: number, a: Float64Array, lower: boolean, wantVectors: boolean): HermitianEigen {
  if (n === 0) return { w: new Float64Array(0), v: wantVectors ? new Float64Array(0) : null, info: 0 };
  const h = hermitianFrom(n, a, lower);
  // reduce H to real tridiagonal form T = Qᴴ·H·Q by reflectors from both sides (full storage)
  const tau = new Float64Array(2 * Math.max(n - 1, 1));
  const d = new Float64Array(n + 1), e = new Float64Array(n + 1);
  for (let i = 0; i < n - 1; i++) {
    const [tr, ti] = zlarfg(n - i - 1, h, i + 1 + i * n, Math.min(i + 2, n - 1) + i * n, 1);
    tau[2 * i] = tr;
    tau[2 * i + 1] = ti;
    e[i + 1] = h[2 * (i + 1 + i * n)];
    // the trailing block B := Hᴴ·B·H; column i below the subdiagonal is now (β, 0, …)
    const r0 = i + 1, len = n - r0;
    applyLeft(tr, -ti, h, r0 + i * n, 1, len, len, h, r0 + r0 * n, n);
    applyRight(tr, ti, h, r0 + i * n, 1, len, len, h, r0 + r0 * n, n);
  }
  for (let i = 0; i < n; i++) d[i + 1] = h[2 * (i + i * n)];
  if (!wantVectors) {
    const info = sterf(n, d, e);
    return { w: d.slice(1, n + 1), v: null, info };
  }
  const z = identity(n);
  const info = steqr(n, d, e, z);
  // eigenvectors of H = Q · (real eigenvectors of T)
  const q = formQ(n, n, n - 1, h, n, tau, 1);
  const v = new Float64Array(2 * n * n);
  for (let j = 0; j < n; j++) {
    for (let l = 0; l < n; l++) {
      const zl = z[l + j * n];
      if (zl === 0) continue;
      for (let i = 0; i < n; i++) {
        v[2 * (i + j * n)] += q[2 * (i + l * n)] * zl;
        v[2 * (i + j * n) + 1] += q[2 * (i + l * n) + 1] * zl;
      }
    }
  }
  return { w: d.slice(1, n + 1), v, info };
}

/** complex C (m×n) = A (m×k) · B (k×n), all column-major with leading dimensions m, k. */
export function zgemm(m: number, n: number, k: number, a: Float64Array, b: Float64Array): Float64Array {
  const c = new Float64Array(2 * m * n);
  for (let j = 0; j < n; j++) {
    for (let l = 0; l < k; l++) {
      const br = b[2 * (l + j * k)], bi = b[2 * (l + j * k) + 1];
      if (br === 0 && bi === 0) continue;
      for (let i = 0; i < m; i++) {
        const ar = a[2 * (i + l * m)], ai = a[2 * (i + l * m) + 1];
        c[2 * (i + j * m)] += ar * br - ai * bi;
        c[2 * (i + j * m) + 1] += ar * bi + ai * br;
      }
    }
  }
  return c;
}

/** The conjugate transpose of the m×n `a` (n×m). */
export function conjTranspose(m: number, n: number, a: Float64Array): Float64Array {
  const t = new Float64Array(2 * m * n);
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < m; i++) {
      t[2 * (j + i * n)] = a[2 * (i + j * m)];
      t[2 * (j + i * n) + 1] = -a[2 * (i + j * m) + 1];
    }
  }
  return t;
}

export interface ComplexSvd {
  /** singular values, decreasing */
  s: Float64Array;
  /** m×ucols left vectors (null for jobz 'N') */
  u: Float64Array | null;
  ucols: number;
  /** vtrows×n, the right vectors conjugate-transposed (null for jobz 'N') */
  vt: Float64Array | null;
  vtrows: number;
  info: number;
}

/** zgesdd's results for the m×n `a` (overwritten): A = U·diag(s)·Vᴴ. */
export function zgesdd(m: number, n: number, a: Float64Array, jobz: 'N' | 'S' | 'A'): ComplexSvd {
  const k = Math.min(m, n);
  const ucols = jobz === 'A' ? m : k, vtrows = jobz === 'A' ? n : k;
  if (m < n) {
    // Aᴴ = V·S·Uᴴ
    const r = zgesdd(n, m, conjTranspose(m, n, a), jobz);
    return {
      s: r.s, info: r.info, ucols, vtrows,
      u: r.vt ? conjTranspose(r.vtrows, m, r.vt) : null,
      vt: r.u ? conjTranspose(n, r.ucols, r.u) : null,
    };
  }
  if (k === 0) {
    const eye = (p: number) => {
      const z = new Float64Array(2 * p * p);
      for (let i = 0; i < p; i++) z[2 * (i + i * p)] = 1;
      return z;
    };
    return { s: new Float64Array(0), u: jobz === 'N' ? null : jobz === 'A' ? eye(m) : new Float64Array(0), ucols, vt: jobz === 'N' ? null : jobz === 'A' ? eye(n) : new Float64Array(0), vtrows, info: 0 };
  }
  // zgesdd refuses a NaN entry (INFO = -4), which NumPy reports as non-convergence
  if (a.some(Number.isNaN)) return { s: new Float64Array(k), u: null, ucols, vt: null, vtrows, info: -4 };
  // m ≥ n: A = Q·B·Pᴴ with B real upper bidiagonal
  const d = new Float64Array(n + 1), e = new Float64Array(n + 1);
  const tauq = new Float64Array(2 * n), taup = new Float64Array(2 * n);
  for (let i = 0; i < n; i++) {
    const [qr, qi] = zlarfg(m - i, a, i + i * m, Math.min(i + 1, m - 1) + i * m, 1);
    tauq[2 * i] = qr;
    tauq[2 * i + 1] = qi;
    d[i + 1] = a[2 * (i + i * m)];
    if (i < n - 1) applyLeft(qr, -qi, a, i + i * m, 1, m - i, n - i - 1, a, i + (i + 1) * m, m);
    if (i < n - 1) {
      // the reflector G(i) with row_i·G(i) = (β, 0, …): zlarfg of the conjugated row
      for (let j = i + 1; j < n; j++) a[2 * (i + j * m) + 1] = -a[2 * (i + j * m) + 1];
      const [pr, pi] = zlarfg(n - i - 1, a, i + (i + 1) * m, i + Math.min(i + 2, n - 1) * m, m);
      taup[2 * i] = pr;
      taup[2 * i + 1] = pi;
      e[i + 1] = a[2 * (i + (i + 1) * m)];
      applyRight(pr, pi, a, i + (i + 1) * m, m, m - i - 1, n - i - 1, a, i + 1 + (i + 1) * m, m);
    }
  }
  const wantVectors = jobz !== 'N';
  const { vec, info } = bdsdc(true, n, d, e, wantVectors);
  const s = d.slice(1, n + 1);
  if (!vec) return { s, u: null, ucols, vt: null, vtrows, info };
  // U = Q·[Ub 0; 0 I], Vᴴ = VTb·Pᴴ
  const ub = new Float64Array(2 * m * ucols);
  for (let j = 0; j < n; j++) for (let i = 0; i < n; i++) ub[2 * (i + j * m)] = vec.u[i + j * n];
  for (let i = n; i < ucols; i++) ub[2 * (i + i * m)] = 1;
  for (let i = n - 1; i >= 0; i--) applyLeft(tauq[2 * i], tauq[2 * i + 1], a, i + i * m, 1, m - i, ucols, ub, i, m);
  // P = G(0)···G(n−2) with G(i)'s vector in row i right of the superdiagonal: form P, then Vᴴ = VTb·Pᴴ
  const p = new Float64Array(2 * n * n);
  for (let i = 0; i < n; i++) p[2 * (i + i * n)] = 1;
  for (let i = n - 2; i >= 0; i--) {
    // G(i) acts on indices i+1..n−1; its vector is stored along row i with stride m
    applyLeft(taup[2 * i], taup[2 * i + 1], a, i + (i + 1) * m, m, n - i - 1, n, p, i + 1, n);
  }
  const vtb = new Float64Array(2 * n * n);
  for (let j = 0; j < n; j++) for (let i = 0; i < n; i++) vtb[2 * (i + j * n)] = vec.vt[i + j * n];
  const vt = zgemm(n, n, n, vtb, conjTranspose(n, n, p));
  return { s, u: ub, ucols, vt, vtrows, info };
}

export interface ComplexEigen {
  /** eigenvalues, interleaved re/im */
  w: Float64Array;
  /** right eigenvectors as columns (n×n complex), each of unit 2-norm with its largest component real */
  v: Float64Array | null;
  info: number;
}

/** zgeev's results for the general complex n×n `a` (overwritten). */
export function zgeev(n: number, a: Float64Array, wantVectors: boolean): ComplexEigen {
  const w = new Float64Array(2 * n);
  if (n === 0) return { w, v: wantVectors ? new Float64Array(0) : null, info: 0 };
  // Hessenberg reduction A = Q·H·Qᴴ
  const tau = new Float64Array(2 * Math.max(n - 1, 1));
  for (let i = 0; i < n - 2; i++) {
    const [tr, ti] = zlarfg(n - i - 1, a, i + 1 + i * n, Math.min(i + 2, n - 1) + i * n, 1);
    tau[2 * i] = tr;
    tau[2 * i + 1] = ti;
    applyRight(tr, ti, a, i + 1 + i * n, 1, n, n - i - 1, a, (i + 1) * n, n);
    applyLeft(tr, -ti, a, i + 1 + i * n, 1, n - i - 1, n - i - 1, a, i + 1 + (i + 1) * n, n);
  }
  const z = wantVectors ? formQ(n, n, Math.max(n - 2, 0), a, n, tau, 1) : null;
  for (let j = 0; j < n; j++) for (let i = j + 2; i < n; i++) a[2 * (i + j * n)] = a[2 * (i + j * n) + 1] = 0;
  const info = hessenbergQR(n, a, w, z);
  if (info > 0 || !z) return { w, v: null, info };
  return { w, v: triangularVectors(n, a, z), info };
}

/**
 * Complex single-shift QR on the upper Hessenberg `h` (n×n), to the Schur form T (in h when vectors are
 * accumulated into z, else only the eigenvalues are wanted); eigenvalues into w. Returns INFO (> 0 if
 * some eigenvalue failed to converge within 30·n iterations per eigenvalue).
 */
function hessenbergQR(n: number, h: Float64Array, w: Float64Array, z: Float64Array | null): number {
  const at = (i: number, j: number) => 2 * (i + j * n);
  const wantT = z !== null;
  const smlnum = SAFMIN * (n / ULP);
  let ihi = n - 1;
  let its = 0;
  const itmax = 30 * Math.max(10, n);
  while (ihi >= 0) {
    // look for a negligible subdiagonal entry
    let l = ihi;
    for (; l > 0; l--) {
      const sub = cabs1(h, at(l, l - 1));
      if (sub <= smlnum) break;
      let tst = cabs1(h, at(l - 1, l - 1)) + cabs1(h, at(l, l));
      if (tst === 0) {
        if (l - 2 >= 0) tst += Math.abs(h[at(l - 1, l - 2)]);
        if (l + 1 <= ihi) tst += Math.abs(h[at(l + 1, l)]);
      }
      if (sub <= ULP * tst) break;
    }
    if (l > 0) h[at(l, l - 1)] = h[at(l, l - 1) + 1] = 0;
    if (l === ihi) {
      w[2 * ihi] = h[at(ihi, ihi)];
      w[2 * ihi + 1] = h[at(ihi, ihi) + 1];
      ihi--;
      its = 0;
      continue;
    }
    its++;
    if (its > itmax) return ihi + 1;
    // the shift: Wilkinson's (the eigenvalue of the trailing 2×2 nearer its last diagonal entry), or an exceptional one
    let mur: number, mui: number;
    const [ar, ai] = [h[at(ihi - 1, ihi - 1)], h[at(ihi - 1, ihi - 1) + 1]];
    const [br, bi] = [h[at(ihi - 1, ihi)], h[at(ihi - 1, ihi) + 1]];
    const [cr, ci] = [h[at(ihi, ihi - 1)], h[at(ihi, ihi - 1) + 1]];
    const [dr, di] = [h[at(ihi, ihi)], h[at(ihi, ihi) + 1]];
    if (its % 10 === 0) {
      mur = dr + 0.75 * Math.abs(cr);
      mui = di;
    } else {
      // μ = d + δ − sign·sqrt(δ² + b·c) with δ = (a − d)/2, choosing the root nearer d
      const er = (ar - dr) / 2, ei = (ai - di) / 2;
      const qr = er * er - ei * ei + (br * cr - bi * ci), qi = 2 * er * ei + (br * ci + bi * cr);
      let [sr, si] = csqrt(qr, qi);
      if (er * sr + ei * si < 0) {
        sr = -sr;
        si = -si;
      }
      // μ = d − b·c / (δ + s)
      const denr = er + sr, deni = ei + si;
      const bcr = br * cr - bi * ci, bci = br * ci + bi * cr;
      if (denr === 0 && deni === 0) {
        mur = dr;
        mui = di;
      } else {
        const [fr, fi] = cdiv(bcr, bci, denr, deni);
        mur = dr - fr;
        mui = di - fi;
      }
    }
    // one implicit QR sweep on rows/columns l..ihi by Givens rotations, chasing the bulge down
    const jlo = wantT ? 0 : l, jhi = wantT ? n - 1 : ihi;
    let xr = h[at(l, l)] - mur, xi = h[at(l, l) + 1] - mui;
    let yr = h[at(l + 1, l)], yi = h[at(l + 1, l) + 1];
    for (let k = l; k < ihi; k++) {
      if (k > l) {
        xr = h[at(k, k - 1)];
        xi = h[at(k, k - 1) + 1];
        yr = h[at(k + 1, k - 1)];
        yi = h[at(k + 1, k - 1) + 1];
      }
      // G = [[c, s], [−s̄, c]] with G·[x; y] = [r; 0]
      const ax = hypot(xr, xi), r = hypot(ax, hypot(yr, yi));
      if (r === 0) continue;
      let c: number, sr: number, si: number, rr: number, ri: number;
      if (ax === 0) {
        c = 0;
        // s = conj(y)/|y|, r = |y|
        const ay = hypot(yr, yi);
        sr = yr / ay;
        si = -yi / ay;
        rr = ay;
        ri = 0;
      } else {
        c = ax / r;
        const ur = xr / ax, ui = xi / ax; // x/|x|
        sr = (ur * yr + ui * yi) / r;
        si = (ui * yr - ur * yi) / r;
        rr = ur * r;
        ri = ui * r;
      }
      if (k > l) {
        h[at(k, k - 1)] = rr;
        h[at(k, k - 1) + 1] = ri;
        h[at(k + 1, k - 1)] = h[at(k + 1, k - 1) + 1] = 0;
      }
      // rows k, k+1 := G·rows
      for (let j = k > l ? k : l; j <= jhi; j++) {
        const p = at(k, j), q = at(k + 1, j);
        const pr = h[p], pi = h[p + 1], qr = h[q], qi = h[q + 1];
        h[p] = c * pr + (sr * qr - si * qi);
        h[p + 1] = c * pi + (sr * qi + si * qr);
        h[q] = c * qr - (sr * pr + si * pi);
        h[q + 1] = c * qi - (sr * pi - si * pr);
      }
      // columns k, k+1 := columns·Gᴴ
      const rowEnd = Math.min(k + 2, ihi);
      const colOp = (mat: Float64Array, i0: number, i1: number) => {
        for (let i = i0; i <= i1; i++) {
          const p = at(i, k), q = at(i, k + 1);
          const pr = mat[p], pi = mat[p + 1], qr = mat[q], qi = mat[q + 1];
          mat[p] = c * pr + (sr * qr + si * qi);
          mat[p + 1] = c * pi + (sr * qi - si * qr);
          mat[q] = c * qr - (sr * pr - si * pi);
          mat[q + 1] = c * qi - (sr * pi + si * pr);
        }
      };
      colOp(h, jlo, rowEnd);
      if (z) colOp(z, 0, n - 1);
    }
  }
  return 0;
}

/**
 * Eigenvectors of A = Z·T·Zᴴ from the upper triangular T by back-substitution (as ztrevc), mapped back
 * through Z and normalized as zgeev does: unit 2-norm, the largest component real.
 */
function triangularVectors(n: number, t: Float64Array, z: Float64Array): Float64Array {
  const at = (i: number, j: number) => 2 * (i + j * n);
  const smlnum = SAFMIN * (n / ULP);
  const v = new Float64Array(2 * n * n);
  const x = new Float64Array(2 * n);
  for (let k = n - 1; k >= 0; k--) {
    const lr = t[at(k, k)], li = t[at(k, k) + 1];
    const smin = Math.max(ULP * (Math.abs(lr) + Math.abs(li)), smlnum);
    x.fill(0);
    x[2 * k] = 1;
    for (let i = k - 1; i >= 0; i--) {
      // (T[i,i] − λ)·x_i = −Σ_{j>i} T[i,j]·x_j
      let sr = 0, si = 0;
      for (let j = i + 1; j <= k; j++) {
        const tr = t[at(i, j)], ti = t[at(i, j) + 1];
        sr += tr * x[2 * j] - ti * x[2 * j + 1];
        si += tr * x[2 * j + 1] + ti * x[2 * j];
      }
      let dr = t[at(i, i)] - lr, di = t[at(i, i) + 1] - li;
      if (Math.abs(dr) + Math.abs(di) < smin) {
        dr = smin;
        di = 0;
      }
      const [qr, qi] = cdiv(-sr, -si, dr, di);
      x[2 * i] = qr;
      x[2 * i + 1] = qi;
    }
    // v_k = Z[:, 0..k]·x, normalized
    let norm2 = 0;
    for (let i = 0; i < n; i++) {
      let sr = 0, si = 0;
      for (let j = 0; j <= k; j++) {
        const zr = z[at(i, j)], zi = z[at(i, j) + 1];
        sr += zr * x[2 * j] - zi * x[2 * j + 1];
        si += zr * x[2 * j + 1] + zi * x[2 * j];
      }
      v[at(i, k)] = sr;
      v[at(i, k) + 1] = si;
    }
    let big = -1, bi = 0;
    for (let i = 0; i < n; i++) {
      const m2 = v[at(i, k)] ** 2 + v[at(i, k) + 1] ** 2;
      norm2 += m2;
      if (m2 > big) {
        big = m2;
        bi = i;
      }
    }
    // scale by conj(v_big)/|v_big| / ‖v‖
    const nrm = Math.sqrt(norm2), ab = Math.sqrt(big);
    const fr = v[at(bi, k)] / ab / nrm, fi = -v[at(bi, k) + 1] / ab / nrm;
    for (let i = 0; i < n; i++) {
      const pr = v[at(i, k)], pi = v[at(i, k) + 1];
      v[at(i, k)] = pr * fr - pi * fi;
      v[at(i, k) + 1] = pr * fi + pi * fr;
    }
    v[at(bi, k) + 1] = 0;
  }
  return v;
}

export interface ComplexLeastSquares {
  /** n×nrhs minimum-norm solution */
  x: Float64Array;
  /** singular values of A, decreasing */
  s: Float64Array;
  rank: number;
  info: number;
}

/**
 * Minimum-norm least squares min ‖A·x − B‖ for the m×n `a` and m×nrhs `b` (complex), through the SVD:
 * singular values ≤ rcond·s_max count as zero (rcond < 0: machine precision), as zgelsd does.
 */
export function zgelsd(m: number, n: number, nrhs: number, a: Float64Array, b: Float64Array, rcond: number): ComplexLeastSquares {
  const k = Math.min(m, n);
  const r = zgesdd(m, n, a, 'S');
  const x = new Float64Array(2 * n * nrhs);
  if (k === 0) return { x, s: r.s, rank: 0, info: r.info };
  const thresh = (rcond < 0 ? EPS : rcond) * r.s[0];
  let rank = 0;
  for (let i = 0; i < k; i++) if (r.s[i] > thresh) rank++;
  const u = r.u!, vt = r.vt!;
  // x = V · diag(1/s) · Uᴴ · b over the first `rank` singular triplets
  for (let c = 0; c < nrhs; c++) {
    for (let l = 0; l < rank; l++) {
      let cr = 0, ci = 0;
      for (let i = 0; i < m; i++) {
        const ur = u[2 * (i + l * m)], ui = u[2 * (i + l * m) + 1];
        const br = b[2 * (i + c * m)], bi = b[2 * (i + c * m) + 1];
        cr += ur * br + ui * bi;
        ci += ur * bi - ui * br;
      }
      cr /= r.s[l];
      ci /= r.s[l];
      for (let j = 0; j < n; j++) {
        // V[j, l] = conj(Vᴴ[l, j])
        const vr = vt[2 * (l + j * k)], vi = -vt[2 * (l + j * k) + 1];
        x[2 * (j + c * n)] += vr * cr - vi * ci;
        x[2 * (j + c * n) + 1] += vr * ci + vi * cr;
      }
    }
  }
  return { x, s: r.s, rank, info: r.info };
}
