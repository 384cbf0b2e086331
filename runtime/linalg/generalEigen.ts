/**
 * Eigenvalues and right eigenvectors of a general real matrix, as LAPACK's dgeev (NumPy's eig and
 * eigvals) computes them: scale if needed, balance, reduce to Hessenberg form, run the double-shift QR
 * algorithm to the real Schur form (keeping the Schur vectors when vectors are wanted), solve for the
 * eigenvectors of the Schur form, undo the balancing, and normalize each vector to unit 2-norm — a
 * complex one additionally rotated so that its largest component is real. Eigenvalues come in the
 * Schur form's order, conjugate pairs adjacent with the positive imaginary part first.
 *
 * dhseqr hands matrices above 75 rows to the multishift dlaqr0; this module keeps dlahqr there (same
 * eigenvalues to rounding, possibly in another order). Source: LAPACK 3.12 SRC/dgeev.f, dhseqr.f.
 */
import { ULP, SAFMIN, nrm2, lapy2, lartg, rot, scal, iamax, lascl } from './blas';
import { gebal, gehd2, orghr, gebak } from './hessenberg';
import { lahqr } from './hessenbergQR';
import { trevc } from './eigenvectors';

export interface GeneralEigen {
  /** real and imaginary parts of the eigenvalues (0-based) */
  wr: Float64Array;
  wi: Float64Array;
  /** n×n column-major: a real eigenvector per column, a complex pair as (re, im) columns */
  v: Float64Array | null;
  /** LAPACK INFO: > 0 when the QR algorithm failed to converge */
  info: number;
}

/** dgeev('N', 'V' or 'N') of the n×n column-major `a` (overwritten). */
export function geev(n: number, a: Float64Array, wantVectors: boolean): GeneralEigen {
  const wr1 = new Float64Array(n + 1), wi1 = new Float64Array(n + 1);
  if (n === 0) return { wr: new Float64Array(0), wi: new Float64Array(0), v: wantVectors ? new Float64Array(0) : null, info: 0 };
  // scale A if its largest entry is outside [smlnum, bignum]
  const smlnum = Math.sqrt(SAFMIN) / ULP, bignum = 1 / smlnum;
  let anrm = 0;
  for (let i = 0; i < n * n; i++) {
    const x = Math.abs(a[i]);
    if (anrm < x || Number.isNaN(x)) anrm = x;
  }
  let cscale = 0;
  if (anrm > 0 && anrm < smlnum) cscale = smlnum;
  else if (anrm > bignum) cscale = bignum;
  if (cscale) lascl(anrm, cscale, n * n, a, 0, 1);
  const bal = gebal(n, a);
  const { ilo, ihi } = bal;
  const tau = gehd2(n, ilo, ihi, a);
  const z = wantVectors ? orghr(n, ilo, ihi, a, tau) : null;
  // dhseqr: eigenvalues isolated by the balancing, then dlahqr on the rest
  for (let i = 1; i < ilo; i++) wr1[i] = a[i - 1 + (i - 1) * n];
  for (let i = ihi + 1; i <= n; i++) wr1[i] = a[i - 1 + (i - 1) * n];
  const info = lahqr(wantVectors, n, ilo, ihi, a, wr1, wi1, z);
  let v: Float64Array | null = null;
  if (info === 0 && z) {
    for (let j = 1; j <= n - 2; j++) for (let i = j + 2; i <= n; i++) a[i - 1 + (j - 1) * n] = 0;
    v = trevc(n, a, z);
    gebak(n, n, bal, v);
    normalize(n, v, wi1);
  }
  if (cscale) {
    lascl(cscale, anrm, n - info, wr1, info + 1, 1);
    lascl(cscale, anrm, n - info, wi1, info + 1, 1);
  }
  return { wr: wr1.slice(1), wi: wi1.slice(1), v, info };
}

/** Unit 2-norm vectors; for a complex pair, the component of largest modulus made real. */
function normalize(n: number, v: Float64Array, wi: Float64Array): void {
  const work = new Float64Array(n);
  for (let i = 1; i <= n; i++) {
    const c = (i - 1) * n;
    if (wi[i] === 0) scal(n, 1 / nrm2(n, v, c, 1), v, c, 1);
    else if (wi[i] > 0) {
      const scl = 1 / lapy2(nrm2(n, v, c, 1), nrm2(n, v, c + n, 1));
      scal(n, scl, v, c, 1);
      scal(n, scl, v, c + n, 1);
      for (let k = 0; k < n; k++) work[k] = v[c + k] ** 2 + v[c + n + k] ** 2;
      const k = iamax(n, work, 0, 1);
      const [cs, sn] = lartg(v[c + k], v[c + n + k]);
      rot(n, v, c, 1, v, c + n, 1, cs, sn);
      v[c + n + k] = 0;
    }
  }
}
