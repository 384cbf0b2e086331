/**
 * Eigenvalues (ascending) and eigenvectors of a real symmetric matrix, the way LAPACK's dsyevd computes
 * them for the sizes NumPy users print: Householder reduction to tridiagonal form T = Qᵀ·A·Q (dsytd2,
 * from the lower or the upper triangle), then implicit QL/QR iterations with Wilkinson shifts on T —
 * dsterf (square-root free) for eigenvalues alone, dsteqr from the identity for eigenvectors, which are
 * then multiplied by Q (dormtr) — and sorted ascending. dsyevd switches to divide and conquer above 25
 * rows; this module keeps dsteqr there (same values, eigenvector signs may differ).
 *
 * The port keeps LAPACK's 1-based loops where they index d, e and Z, so it can be read against
 * SRC/dsytd2.f, dsteqr.f, dsterf.f, dlaev2.f and dsyevd.f (LAPACK 3.12).
 */
import { EPS, ULP, SAFMIN, sign, lapy2, lartg, lasr, swap, dot, axpy, symvLower, symvUpper, syr2, lascl, identity } from './blas';
import { larfg, orm2rLeft, orm2lLeft } from './householder';

/** dlae2: eigenvalues [rt1, rt2] (|rt1| ≥ |rt2|) of [[a, b], [b, c]]. */
export function lae2(a: number, b: number, c: number): [number, number] {
  const [rt1, rt2] = laev2(a, b, c);
  return [rt1, rt2];
}

/** dlaev2: eigenvalues rt1, rt2 of [[a, b], [b, c]] and the rotation (cs1, sn1) whose row is rt1's eigenvector. */
export function laev2(a: number, b: number, c: number): [number, number, number, number] {
  const sm = a + c, df = a - c, adf = Math.abs(df), tb = b + b, ab = Math.abs(tb);
  let acmx: number, acmn: number;
  if (Math.abs(a) > Math.abs(c)) {
    acmx = a;
    acmn = c;
  } else {
    acmx = c;
    acmn = a;
  }
  let rt: number;
  if (adf > ab) rt = adf * Math.sqrt(1 + (ab / adf) ** 2);
  else if (adf < ab) rt = ab * Math.sqrt(1 + (adf / ab) ** 2);
  else rt = ab * Math.sqrt(2);
  let rt1: number, rt2: number, sgn1: number;
  if (sm < 0) {
    rt1 = 0.5 * (sm - rt);
    sgn1 = -1;
    rt2 = (acmx / rt1) * acmn - (b / rt1) * b;
  } else if (sm > 0) {
    rt1 = 0.5 * (sm + rt);
    sgn1 = 1;
    rt2 = (acmx / rt1) * acmn - (b / rt1) * b;
  } else {
    rt1 = 0.5 * rt;
    rt2 = -0.5 * rt;
    sgn1 = 1;
  }
  let cs: number, sgn2: number;
  if (df >= 0) {
    cs = df + rt;
    sgn2 = 1;
  } else {
    cs = df - rt;
    sgn2 = -1;
  }
  let cs1: number, sn1: number;
  if (Math.abs(cs) > ab) {
    const ct = -tb / cs;
    sn1 = 1 / Math.sqrt(1 + ct * ct);
    cs1 = ct * sn1;
  } else if (ab === 0) {
    cs1 = 1;
    sn1 = 0;
  } else {
    const tn = -cs / tb;
    cs1 = 1 / Math.sqrt(1 + tn * tn);
    sn1 = tn * cs1;
  }
  if (sgn1 === sgn2) {
    const tn = cs1;
    cs1 = -sn1;
    sn1 = tn;
  }
  return [rt1, rt2, cs1, sn1];
}

/** dlanst('M'): largest |entry| of the tridiagonal d(l..l+n-1), e(l..l+n-2) (1-based l). */
function lanstMax(n: number, d: Float64Array, e: Float64Array, l: number): number {
  let m = 0;
  for (let i = 0; i < n; i++) {
    const v = Math.abs(d[l + i]);
    if (m < v || Number.isNaN(v)) m = v;
  }
  for (let i = 0; i < n - 1; i++) {
    const v = Math.abs(e[l + i]);
    if (m < v || Number.isNaN(v)) m = v;
  }
  return m;
}

export interface Tridiagonal {
  /** diagonal, 1-based (index 0 unused) */
  d: Float64Array;
  /** off-diagonal, 1-based */
  e: Float64Array;
  /** reflector scalars, 0-based */
  tau: Float64Array;
}

/** dsytd2: reduce the n×n symmetric A (column-major, one triangle read) to tridiagonal form in place. */
export function sytd2(n: number, a: Float64Array, lower: boolean): Tridiagonal {
  const d = new Float64Array(n + 1), e = new Float64Array(n + 1), tau = new Float64Array(Math.max(n - 1, 0));
  const at = (i: number, j: number) => i - 1 + (j - 1) * n;
  const w = new Float64Array(n);
  if (lower) {
    for (let i = 1; i <= n - 1; i++) {
      const taui = larfg(n - i, a, at(i + 1, i), at(Math.min(i + 2, n), i), 1);
      e[i] = a[at(i + 1, i)];
      if (taui !== 0) {
        a[at(i + 1, i)] = 1;
        const len = n - i;
        symvLower(len, taui, a, at(i + 1, i + 1), n, a, at(i + 1, i), w, 0);
        const alpha = -0.5 * taui * dot(len, w, 0, 1, a, at(i + 1, i), 1);
        axpy(len, alpha, a, at(i + 1, i), 1, w, 0, 1);
        syr2(true, len, -1, a, at(i + 1, i), w, 0, a, at(i + 1, i + 1), n);
        a[at(i + 1, i)] = e[i];
      }
      d[i] = a[at(i, i)];
      tau[i - 1] = taui;
    }
    d[n] = a[at(n, n)];
  } else {
    for (let i = n - 1; i >= 1; i--) {
      const taui = larfg(i, a, at(i, i + 1), at(1, i + 1), 1);
      e[i] = a[at(i, i + 1)];
      if (taui !== 0) {
        a[at(i, i + 1)] = 1;
        symvUpper(i, taui, a, 0, n, a, at(1, i + 1), w, 0);
        const alpha = -0.5 * taui * dot(i, w, 0, 1, a, at(1, i + 1), 1);
        axpy(i, alpha, a, at(1, i + 1), 1, w, 0, 1);
        syr2(false, i, -1, a, at(1, i + 1), w, 0, a, 0, n);
        a[at(i, i + 1)] = e[i];
      }
      d[i + 1] = a[at(i + 1, i + 1)];
      tau[i - 1] = taui;
    }
    d[1] = a[at(1, 1)];
  }
  return { d, e, tau };
}

const MAXIT = 30;

/**
 * dsteqr: eigenvalues of the tridiagonal (d, e), 1-based, into d (ascending); with `z` (n×n, holding
 * the identity or an orthogonal matrix) the rotations are accumulated into its columns. Returns INFO.
 */
export function steqr(n: number, d: Float64Array, e: Float64Array, z: Float64Array | null): number {
  if (n <= 1) return 0;
  const eps = EPS, eps2 = eps * eps;
  const safmin = SAFMIN, safmax = 1 / safmin;
  const ssfmax = Math.sqrt(safmax) / 3, ssfmin = Math.sqrt(safmin) / eps2;
  const work = new Float64Array(2 * n);
  const W = (i: number) => i - 1; // WORK(i), 1-based
  const nmaxit = n * MAXIT;
  let jtot = 0;
  let l1 = 1;
  const nm1 = n - 1;
  const rotate = (side: 'B' | 'F', lcol: number, count: number, c: number, s: number) => {
    if (z) lasr('R', side, n, count, work, c, work, s, z, (lcol - 1) * n, n);
  };
  for (;;) {
    if (l1 > n) break;
    if (l1 > 1) e[l1 - 1] = 0;
    let m = n;
    for (let mm = l1; mm <= nm1; mm++) {
      const tst = Math.abs(e[mm]);
      if (tst === 0) {
        m = mm;
        break;
      }
      if (tst <= Math.sqrt(Math.abs(d[mm])) * Math.sqrt(Math.abs(d[mm + 1])) * eps) {
        e[mm] = 0;
        m = mm;
        break;
      }
    }
    let l = l1;
    const lsv = l;
    let lend = m;
    const lendsv = lend;
    l1 = m + 1;
    if (lend === l) continue;
    // scale submatrix in rows and columns l to lend
    const anorm = lanstMax(lend - l + 1, d, e, l);
    let iscale = 0;
    if (anorm === 0) continue;
    if (anorm > ssfmax) {
      iscale = 1;
      lascl(anorm, ssfmax, lend - l + 1, d, l, 1);
      lascl(anorm, ssfmax, lend - l, e, l, 1);
    } else if (anorm < ssfmin) {
      iscale = 2;
      lascl(anorm, ssfmin, lend - l + 1, d, l, 1);
      lascl(anorm, ssfmin, lend - l, e, l, 1);
    }
    // choose between QL and QR iteration
    if (Math.abs(d[lend]) < Math.abs(d[l])) {
      lend = lsv;
      l = lendsv;
    }
    if (lend > l) {
      // QL iteration: look for small subdiagonal element
      while (l <= lend) {
        let mm = lend;
        if (l !== lend) {
          for (let k = l; k <= lend - 1; k++) {
            const tst = Math.abs(e[k]) ** 2;
            if (tst <= eps2 * Math.abs(d[k]) * Math.abs(d[k + 1]) + safmin) {
              mm = k;
              break;
            }
          }
        }
        m = mm;
        if (m < lend) e[m] = 0;
        let p = d[l];
        if (m === l) {
          // eigenvalue found
          d[l] = p;
          l++;
          continue;
        }
        if (m === l + 1) {
          if (z) {
            const [rt1, rt2, c, s] = laev2(d[l], e[l], d[l + 1]);
            work[W(l)] = c;
            work[W(n - 1 + l)] = s;
            rotate('B', l, 2, W(l), W(n - 1 + l));
            d[l] = rt1;
            d[l + 1] = rt2;
          } else {
            [d[l], d[l + 1]] = lae2(d[l], e[l], d[l + 1]);
          }
          e[l] = 0;
          l += 2;
          continue;
        }
        if (jtot === nmaxit) break;
        jtot++;
        // form shift
        let g = (d[l + 1] - p) / (2 * e[l]);
        let r = lapy2(g, 1);
        g = d[m] - p + e[l] / (g + sign(r, g));
        let s = 1, c = 1;
        p = 0;
        for (let i = m - 1; i >= l; i--) {
          const f = s * e[i];
          const b = c * e[i];
          [c, s, r] = lartg(g, f);
          if (i !== m - 1) e[i + 1] = r;
          g = d[i + 1] - p;
          r = (d[i] - g) * s + 2 * c * b;
          p = s * r;
          d[i + 1] = g + p;
          g = c * r - b;
          if (z) {
            work[W(i)] = c;
            work[W(n - 1 + i)] = -s;
          }
        }
        rotate('B', l, m - l + 1, W(l), W(n - 1 + l));
        d[l] = d[l] - p;
        e[l] = g;
      }
    } else {
      // QR iteration: look for small superdiagonal element
      while (l >= lend) {
        let mm = lend;
        if (l !== lend) {
          for (let k = l; k >= lend + 1; k--) {
            const tst = Math.abs(e[k - 1]) ** 2;
            if (tst <= eps2 * Math.abs(d[k]) * Math.abs(d[k - 1]) + safmin) {
              mm = k;
              break;
            }
          }
        }
        m = mm;
        if (m > lend) e[m - 1] = 0;
        let p = d[l];
        if (m === l) {
          d[l] = p;
          l--;
          continue;
        }
        if (m === l - 1) {
          if (z) {
            const [rt1, rt2, c, s] = laev2(d[l - 1], e[l - 1], d[l]);
            work[W(m)] = c;
            work[W(n - 1 + m)] = s;
            rotate('F', l - 1, 2, W(m), W(n - 1 + m));
            d[l - 1] = rt1;
            d[l] = rt2;
          } else {
            [d[l - 1], d[l]] = lae2(d[l - 1], e[l - 1], d[l]);
          }
          e[l - 1] = 0;
          l -= 2;
          continue;
        }
        if (jtot === nmaxit) break;
        jtot++;
        let g = (d[l - 1] - p) / (2 * e[l - 1]);
        let r = lapy2(g, 1);
        g = d[m] - p + e[l - 1] / (g + sign(r, g));
        let s = 1, c = 1;
        p = 0;
        for (let i = m; i <= l - 1; i++) {
          const f = s * e[i];
          const b = c * e[i];
          [c, s, r] = lartg(g, f);
          if (i !== m) e[i - 1] = r;
          g = d[i] - p;
          r = (d[i + 1] - g) * s + 2 * c * b;
          p = s * r;
          d[i] = g + p;
          g = c * r - b;
          if (z) {
            work[W(i)] = c;
            work[W(n - 1 + i)] = s;
          }
        }
        rotate('F', m, l - m + 1, W(m), W(n - 1 + m));
        d[l] = d[l] - p;
        e[l - 1] = g;
      }
    }
    // undo scaling
    if (iscale === 1) {
      lascl(ssfmax, anorm, lendsv - lsv + 1, d, lsv, 1);
      lascl(ssfmax, anorm, lendsv - lsv, e, lsv, 1);
    } else if (iscale === 2) {
      lascl(ssfmin, anorm, lendsv - lsv + 1, d, lsv, 1);
      lascl(ssfmin, anorm, lendsv - lsv, e, lsv, 1);
    }
    if (jtot >= nmaxit) {
      let info = 0;
      for (let i = 1; i <= n - 1; i++) if (e[i] !== 0) info++;
      return info;
    }
  }
  // order eigenvalues (and eigenvectors): selection sort, as few swaps as possible
  if (!z) {
    sortAscending(d, n);
    return 0;
  }
  for (let ii = 2; ii <= n; ii++) {
    const i = ii - 1;
    let k = i, p = d[i];
    for (let j = ii; j <= n; j++) {
      if (d[j] < p) {
        k = j;
        p = d[j];
      }
    }
    if (k !== i) {
      d[k] = d[i];
      d[i] = p;
      swap(n, z, (i - 1) * n, 1, z, (k - 1) * n, 1);
    }
  }
  return 0;
}

function sortAscending(d: Float64Array, n: number): void {
  const v = Array.from(d.subarray(1, n + 1)).sort((x, y) => x - y);
  for (let i = 0; i < n; i++) d[i + 1] = v[i];
}

/** dsterf: eigenvalues of the tridiagonal (d, e), 1-based, by the Pal–Walker–Kahan QL/QR; ascending into d. */
export function sterf(n: number, d: Float64Array, e: Float64Array): number {
  if (n <= 1) return 0;
  const eps = EPS, eps2 = eps * eps;
  const safmin = SAFMIN, safmax = 1 / safmin;
  const ssfmax = Math.sqrt(safmax) / 3, ssfmin = Math.sqrt(safmin) / eps2;
  const nmaxit = n * MAXIT;
  let sigma = 0, jtot = 0, l1 = 1;
  for (;;) {
    if (l1 > n) break;
    if (l1 > 1) e[l1 - 1] = 0;
    let m = n;
    for (let mm = l1; mm <= n - 1; mm++) {
      if (Math.abs(e[mm]) <= Math.sqrt(Math.abs(d[mm])) * Math.sqrt(Math.abs(d[mm + 1])) * eps) {
        e[mm] = 0;
        m = mm;
        break;
      }
    }
    let l = l1;
    const lsv = l;
    let lend = m;
    const lendsv = lend;
    l1 = m + 1;
    if (lend === l) continue;
    const anorm = lanstMax(lend - l + 1, d, e, l);
    let iscale = 0;
    if (anorm === 0) continue;
    if (anorm > ssfmax) {
      iscale = 1;
      lascl(anorm, ssfmax, lend - l + 1, d, l, 1);
      lascl(anorm, ssfmax, lend - l, e, l, 1);
    } else if (anorm < ssfmin) {
      iscale = 2;
      lascl(anorm, ssfmin, lend - l + 1, d, l, 1);
      lascl(anorm, ssfmin, lend - l, e, l, 1);
    }
    for (let i = l; i <= lend - 1; i++) e[i] = e[i] ** 2;
    if (Math.abs(d[lend]) < Math.abs(d[l])) {
      lend = lsv;
      l = lendsv;
    }
    if (lend >= l) {
      // QL iteration
      while (l <= lend) {
        let mm = lend;
        if (l !== lend) {
          for (let k = l; k <= lend - 1; k++) {
            if (Math.abs(e[k]) <= eps2 * Math.abs(d[k] * d[k + 1])) {
              mm = k;
              break;
            }
          }
        }
        m = mm;
        if (m < lend) e[m] = 0;
        let p = d[l];
        if (m === l) {
          d[l] = p;
          l++;
          continue;
        }
        if (m === l + 1) {
          const rte = Math.sqrt(e[l]);
          [d[l], d[l + 1]] = lae2(d[l], rte, d[l + 1]);
          e[l] = 0;
          l += 2;
          continue;
        }
        if (jtot === nmaxit) break;
        jtot++;
        const rte = Math.sqrt(e[l]);
        sigma = (d[l + 1] - p) / (2 * rte);
        let r = lapy2(sigma, 1);
        sigma = p - rte / (sigma + sign(r, sigma));
        let c = 1, s = 0;
        let gamma = d[m] - sigma;
        p = gamma * gamma;
        for (let i = m - 1; i >= l; i--) {
          const bb = e[i];
          r = p + bb;
          if (i !== m - 1) e[i + 1] = s * r;
          const oldc = c;
          c = p / r;
          s = bb / r;
          const oldgam = gamma;
          const alpha = d[i];
          gamma = c * (alpha - sigma) - s * oldgam;
          d[i + 1] = oldgam + (alpha - gamma);
          p = c !== 0 ? (gamma * gamma) / c : oldc * bb;
        }
        e[l] = s * p;
        d[l] = sigma + gamma;
      }
    } else {
      // QR iteration
      while (l >= lend) {
        let mm = lend;
        for (let k = l; k >= lend + 1; k--) {
          if (Math.abs(e[k - 1]) <= eps2 * Math.abs(d[k] * d[k - 1])) {
            mm = k;
            break;
          }
        }
        m = mm;
        if (m > lend) e[m - 1] = 0;
        let p = d[l];
        if (m === l) {
          d[l] = p;
          l--;
          continue;
        }
        if (m === l - 1) {
          const rte = Math.sqrt(e[l - 1]);
          [d[l], d[l - 1]] = lae2(d[l], rte, d[l - 1]);
          e[l - 1] = 0;
          l -= 2;
          continue;
        }
        if (jtot === nmaxit) break;
        jtot++;
        const rte = Math.sqrt(e[l - 1]);
        sigma = (d[l - 1] - p) / (2 * rte);
        let r = lapy2(sigma, 1);
        sigma = p - rte / (sigma + sign(r, sigma));
        let c = 1, s = 0;
        let gamma = d[m] - sigma;
        p = gamma * gamma;
        for (let i = m; i <= l - 1; i++) {
          const bb = e[i];
          r = p + bb;
          if (i !== m) e[i - 1] = s * r;
          const oldc = c;
          c = p / r;
          s = bb / r;
          const oldgam = gamma;
          const alpha = d[i + 1];
          gamma = c * (alpha - sigma) - s * oldgam;
          d[i] = oldgam + (alpha - gamma);
          p = c !== 0 ? (gamma * gamma) / c : oldc * bb;
        }
        e[l - 1] = s * p;
        d[l] = sigma + gamma;
      }
    }
    if (iscale === 1) lascl(ssfmax, anorm, lendsv - lsv + 1, d, lsv, 1);
    if (iscale === 2) lascl(ssfmin, anorm, lendsv - lsv + 1, d, lsv, 1);
    if (jtot >= nmaxit) {
      let info = 0;
      for (let i = 1; i <= n - 1; i++) if (e[i] !== 0) info++;
      return info;
    }
  }
  sortAscending(d, n);
  return 0;
}

export interface SymmetricEigen {
  /** eigenvalues, ascending */
  w: Float64Array;
  /** eigenvectors as columns (n×n column-major), when asked for */
  v: Float64Array | null;
  /** LAPACK INFO: > 0 when the iteration failed to converge */
  info: number;
}

/** dsyevd: eigen-decomposition of the symmetric n×n `a` (column-major, overwritten), using one triangle. */
export function syevd(n: number, a: Float64Array, lower: boolean, wantVectors: boolean): SymmetricEigen {
  if (n === 0) return { w: new Float64Array(0), v: wantVectors ? new Float64Array(0) : null, info: 0 };
  if (n === 1) return { w: Float64Array.of(a[0]), v: wantVectors ? Float64Array.of(1) : null, info: 0 };
  // scale the matrix to an allowable range
  const smlnum = SAFMIN / ULP, rmin = Math.sqrt(smlnum), rmax = Math.sqrt(1 / smlnum);
  let anrm = 0;
  for (let j = 0; j < n; j++) {
    for (let i = lower ? j : 0; i < (lower ? n : j + 1); i++) {
      const v = Math.abs(a[i + j * n]);
      if (anrm < v || Number.isNaN(v)) anrm = v;
    }
  }
  let sigma = 1;
  if (anrm > 0 && anrm < rmin) sigma = rmin / anrm;
  else if (anrm > rmax) sigma = rmax / anrm;
  if (sigma !== 1) {
    for (let j = 0; j < n; j++) lascl(1, sigma, lower ? n - j : j + 1, a, lower ? j + j * n : j * n, 1);
  }
  const t = sytd2(n, a, lower);
  let info: number;
  let z: Float64Array | null = null;
  if (!wantVectors) info = sterf(n, t.d, t.e);
  else {
    z = identity(n);
    info = steqr(n, t.d, t.e, z);
    // eigenvectors of A = Q · eigenvectors of T
    if (lower) orm2rLeft(n - 1, n, n - 1, a, 1, n, t.tau, 0, z, 1, n);
    else orm2lLeft(n - 1, n, n - 1, a, n, n, t.tau, z, 0, n);
  }
  const w = t.d.slice(1, n + 1);
  if (sigma !== 1) for (let i = 0; i < n; i++) w[i] *= 1 / sigma;
  return { w, v: z, info };
}
