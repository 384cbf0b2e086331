/**
 * Singular values and vectors of a bidiagonal matrix: dbdsqr (implicit zero-shift and shifted QR with
 * the Demmel–Kahan convergence tests, LAPACK 3.12), its 2×2 kernels dlas2/dlasv2, and dbdsdc's wrapper
 * for the sizes dgesdd hands it (≤ 25: dlasdq → dbdsqr): a lower bidiagonal is first rotated to upper,
 * the vectors start from the identity, and three sorts run as in LAPACK (dbdsqr's decreasing sort,
 * dlasdq's ascending one, dbdsdc's decreasing selection sort) so ties land where LAPACK puts them.
 *
 * Singular values alone come from dqds (dqds.ts), as in dbdsqr. d and e are 1-based (index 0 unused),
 * as in the Fortran.
 */
import { EPS, SAFMIN, sign, lartg, lasr, rot, scal, swap, identity } from './blas';
import { crPow } from '../math/libm';
import { lasq1 } from './dqds';

/** dlas2: [ssmin, ssmax] of the upper triangular [[f, g], [0, h]]. */
export function las2(f: number, g: number, h: number): [number, number] {
  const fa = Math.abs(f), ga = Math.abs(g), ha = Math.abs(h);
  const fhmn = Math.min(fa, ha), fhmx = Math.max(fa, ha);
  if (fhmn === 0) {
    if (fhmx === 0) return [0, ga];
    return [0, Math.max(fhmx, ga) * Math.sqrt(1 + (Math.min(fhmx, ga) / Math.max(fhmx, ga)) ** 2)];
  }
  if (ga < fhmx) {
    const as = 1 + fhmn / fhmx, at = (fhmx - fhmn) / fhmx, au = (ga / fhmx) ** 2;
    const c = 2 / (Math.sqrt(as * as + au) + Math.sqrt(at * at + au));
    return [fhmn * c, fhmx / c];
  }
  const au = fhmx / ga;
  if (au === 0) return [(fhmn * fhmx) / ga, ga];
  const as = 1 + fhmn / fhmx, at = (fhmx - fhmn) / fhmx;
  const c = 1 / (Math.sqrt(1 + (as * au) ** 2) + Math.sqrt(1 + (at * au) ** 2));
  const s = fhmn * c * au;
  return [s + s, ga / (c + c)];
}

/** dlasv2: SVD of [[f, g], [0, h]]: [ssmin, ssmax, snr, csr, snl, csl]. */
export function lasv2(f: number, g: number, h: number): [number, number, number, number, number, number] {
  let ft = f, fa = Math.abs(ft), ht = h, ha = Math.abs(h);
  let pmax = 1;
  const swapped = ha > fa;
  if (swapped) {
    pmax = 3;
    [ft, ht] = [ht, ft];
    [fa, ha] = [ha, fa];
  }
  const gt = g, ga = Math.abs(gt);
  let ssmin: number, ssmax: number, clt: number, crt: number, slt: number, srt: number;
  if (ga === 0) {
    ssmin = ha;
    ssmax = fa;
    clt = 1;
    crt = 1;
    slt = 0;
    srt = 0;
  } else {
    let gasmal = true;
    ssmin = ssmax = clt = crt = slt = srt = 0;
    if (ga > fa) {
      pmax = 2;
      if (fa / ga < EPS) {
        // very large g
        gasmal = false;
        ssmax = ga;
        ssmin = ha > 1 ? fa / (ga / ha) : (fa / ga) * ha;
        clt = 1;
        slt = ht / gt;
        srt = 1;
        crt = ft / gt;
      }
    }
    if (gasmal) {
      const d = fa - ha;
      let l = d === fa ? 1 : d / fa;
      const m = gt / ft;
      let t = 2 - l;
      const mm = m * m, tt = t * t;
      const s = Math.sqrt(tt + mm);
      const r = l === 0 ? Math.abs(m) : Math.sqrt(l * l + mm);
      const a = 0.5 * (s + r);
      ssmin = ha / a;
      ssmax = fa * a;
      if (mm === 0) t = l === 0 ? sign(2, ft) * sign(1, gt) : gt / sign(d, ft) + m / t;
      else t = (m / (s + t) + m / (r + l)) * (1 + a);
      l = Math.sqrt(t * t + 4);
      crt = 2 / l;
      srt = t / l;
      clt = (crt + srt * m) / a;
      slt = ((ht / ft) * srt) / a;
    }
  }
  let csl: number, snl: number, csr: number, snr: number;
  if (swapped) {
    csl = srt;
    snl = crt;
    csr = slt;
    snr = clt;
  } else {
    csl = clt;
    snl = slt;
    csr = crt;
    snr = srt;
  }
  let tsign: number;
  if (pmax === 1) tsign = sign(1, csr) * sign(1, csl) * sign(1, f);
  else if (pmax === 2) tsign = sign(1, snr) * sign(1, csl) * sign(1, g);
  else tsign = sign(1, snr) * sign(1, snl) * sign(1, h);
  ssmax = sign(ssmax, tsign);
  ssmin = sign(ssmin, tsign * sign(1, f) * sign(1, h));
  return [ssmin, ssmax, snr, csr, snl, csl];
}

/**
 * Where the rotations go: VT is n×ncvt (rows rotate with the right rotations), U is nru×n (columns
 * rotate with the left ones) and C is n×ncc (rows rotate with the left ones: dgelsd's right-hand side).
 */
export interface Vectors {
  vt: Float64Array;
  ldvt: number;
  ncvt: number;
  u: Float64Array;
  ldu: number;
  nru: number;
  c: Float64Array;
  ldc: number;
  ncc: number;
}

const MAXITR = 6;

/** dbdsqr for an upper bidiagonal (d, e) of order n; returns INFO (> 0: that many e's did not converge). */
export function bdsqr(n: number, d: Float64Array, e: Float64Array, vec: Vectors | null): number {
  if (n === 0) return 0;
  if (!vec && n > 1) {
    // values only: dqds, falling back to the QR iteration if it fails
    const d2 = d.slice(), e2 = e.slice();
    if (lasq1(n, d2, e2) === 0) {
      d.set(d2);
      return 0;
    }
  }
  const ncvt = vec ? vec.ncvt : 0, nru = vec ? vec.nru : 0, ncc = vec ? vec.ncc : 0;
  const VT = (i: number) => i - 1; // VT(i, 1), and C(i, 1)
  const U = (j: number) => (j - 1) * (vec ? vec.ldu : 0); // U(1, j)
  if (n > 1) {
    const nm1 = n - 1, nm12 = nm1 + nm1, nm13 = nm12 + nm1;
    const work = new Float64Array(4 * n);
    const W = (k: number) => k - 1;
    const eps = EPS, unfl = SAFMIN;
    const tol = Math.max(10, Math.min(100, crPow(eps, -0.125))) * eps;
    let smax = 0;
    for (let i = 1; i <= n; i++) smax = Math.max(smax, Math.abs(d[i]));
    for (let i = 1; i <= n - 1; i++) smax = Math.max(smax, Math.abs(e[i]));
    let sminoa = Math.abs(d[1]);
    if (sminoa !== 0) {
      let mu = sminoa;
      for (let i = 2; i <= n; i++) {
        mu = Math.abs(d[i]) * (mu / (mu + Math.abs(e[i - 1])));
        sminoa = Math.min(sminoa, mu);
        if (sminoa === 0) break;
      }
    }
    sminoa = sminoa / Math.sqrt(n);
    const thresh = Math.max(tol * sminoa, MAXITR * (n * (n * unfl)));
    const maxitdivn = MAXITR * n;
    let iterdivn = 0, iter = -1, oldll = -1, oldm = -1, idir = 0, m = n, smin = 0;
    const rotVectors = (side: 'F' | 'B', ll: number, vc: number, vs: number, uc: number, us: number) => {
      if (!vec) return;
      if (ncvt > 0) lasr('L', side, m - ll + 1, ncvt, work, W(vc), work, W(vs), vec.vt, VT(ll), vec.ldvt);
      if (nru > 0) lasr('R', side, nru, m - ll + 1, work, W(uc), work, W(us), vec.u, U(ll), vec.ldu);
      if (ncc > 0) lasr('L', side, m - ll + 1, ncc, work, W(uc), work, W(us), vec.c, VT(ll), vec.ldc);
    };
    main: while (m > 1) {
      if (iter >= n) {
        iter -= n;
        iterdivn++;
        if (iterdivn >= maxitdivn) {
          let info = 0;
          for (let i = 1; i <= n - 1; i++) if (e[i] !== 0) info++;
          return info;
        }
      }
      // find diagonal block of matrix to work on
      smax = Math.abs(d[m]);
      let ll = 0, split = false;
      for (let lll = 1; lll <= m - 1; lll++) {
        ll = m - lll;
        const abss = Math.abs(d[ll]), abse = Math.abs(e[ll]);
        if (abse <= thresh || abse === 0) {
          split = true;
          break;
        }
        smax = Math.max(smax, abss, abse);
      }
      if (split) {
        e[ll] = 0;
        if (ll === m - 1) {
          m--;
          continue;
        }
      } else ll = 0;
      ll++;
      if (ll === m - 1) {
        // 2×2 block
        const [sigmn, sigmx, sinr, cosr, sinl, cosl] = lasv2(d[m - 1], e[m - 1], d[m]);
        d[m - 1] = sigmx;
        e[m - 1] = 0;
        d[m] = sigmn;
        if (vec && ncvt > 0) rot(ncvt, vec.vt, VT(m - 1), vec.ldvt, vec.vt, VT(m), vec.ldvt, cosr, sinr);
        if (vec && nru > 0) rot(nru, vec.u, U(m - 1), 1, vec.u, U(m), 1, cosl, sinl);
        if (vec && ncc > 0) rot(ncc, vec.c, VT(m - 1), vec.ldc, vec.c, VT(m), vec.ldc, cosl, sinl);
        m -= 2;
        continue;
      }
      // a new submatrix: chase the bulge from the larger end towards the smaller
      if (ll > oldm || m < oldll) idir = Math.abs(d[ll]) >= Math.abs(d[m]) ? 1 : 2;
      // convergence tests
      if (idir === 1) {
        if (Math.abs(e[m - 1]) <= Math.abs(tol) * Math.abs(d[m])) {
          e[m - 1] = 0;
          continue;
        }
        let mu = Math.abs(d[ll]);
        smin = mu;
        for (let lll = ll; lll <= m - 1; lll++) {
          if (Math.abs(e[lll]) <= tol * mu) {
            e[lll] = 0;
            continue main;
          }
          mu = Math.abs(d[lll + 1]) * (mu / (mu + Math.abs(e[lll])));
          smin = Math.min(smin, mu);
        }
      } else {
        if (Math.abs(e[ll]) <= Math.abs(tol) * Math.abs(d[ll])) {
          e[ll] = 0;
          continue;
        }
        let mu = Math.abs(d[m]);
        smin = mu;
        for (let lll = m - 1; lll >= ll; lll--) {
          if (Math.abs(e[lll]) <= tol * mu) {
            e[lll] = 0;
            continue main;
          }
          mu = Math.abs(d[lll]) * (mu / (mu + Math.abs(e[lll])));
          smin = Math.min(smin, mu);
        }
      }
      oldll = ll;
      oldm = m;
      // shift: zero when shifting would ruin relative accuracy
      let shift: number;
      if (n * tol * (smin / smax) <= Math.max(eps, 0.01 * tol)) shift = 0;
      else {
        let sll: number;
        if (idir === 1) {
          sll = Math.abs(d[ll]);
          [shift] = las2(d[m - 1], e[m - 1], d[m]);
        } else {
          sll = Math.abs(d[m]);
          [shift] = las2(d[ll], e[ll], d[ll + 1]);
        }
        if (sll > 0 && (shift / sll) ** 2 < eps) shift = 0;
      }
      iter += m - ll;
      if (shift === 0) {
        if (idir === 1) {
          let cs = 1, oldcs = 1, sn = 0, r = 0, oldsn = 0;
          for (let i = ll; i <= m - 1; i++) {
            [cs, sn, r] = lartg(d[i] * cs, e[i]);
            if (i > ll) e[i - 1] = oldsn * r;
            [oldcs, oldsn, d[i]] = lartg(oldcs * r, d[i + 1] * sn);
            work[W(i - ll + 1)] = cs;
            work[W(i - ll + 1 + nm1)] = sn;
            work[W(i - ll + 1 + nm12)] = oldcs;
            work[W(i - ll + 1 + nm13)] = oldsn;
          }
          const h = d[m] * cs;
          d[m] = h * oldcs;
          e[m - 1] = h * oldsn;
          rotVectors('F', ll, 1, n, nm12 + 1, nm13 + 1);
          if (Math.abs(e[m - 1]) <= thresh) e[m - 1] = 0;
        } else {
          let cs = 1, oldcs = 1, sn = 0, r = 0, oldsn = 0;
          for (let i = m; i >= ll + 1; i--) {
            [cs, sn, r] = lartg(d[i] * cs, e[i - 1]);
            if (i < m) e[i] = oldsn * r;
            [oldcs, oldsn, d[i]] = lartg(oldcs * r, d[i - 1] * sn);
            work[W(i - ll)] = cs;
            work[W(i - ll + nm1)] = -sn;
            work[W(i - ll + nm12)] = oldcs;
            work[W(i - ll + nm13)] = -oldsn;
          }
          const h = d[ll] * cs;
          d[ll] = h * oldcs;
          e[ll] = h * oldsn;
          rotVectors('B', ll, nm12 + 1, nm13 + 1, 1, n);
          if (Math.abs(e[ll]) <= thresh) e[ll] = 0;
        }
      } else if (idir === 1) {
        // chase bulge from top to bottom
        let f = (Math.abs(d[ll]) - shift) * (sign(1, d[ll]) + shift / d[ll]);
        let g = e[ll];
        for (let i = ll; i <= m - 1; i++) {
          const [cosr, sinr, r1] = lartg(f, g);
          if (i > ll) e[i - 1] = r1;
          f = cosr * d[i] + sinr * e[i];
          e[i] = cosr * e[i] - sinr * d[i];
          g = sinr * d[i + 1];
          d[i + 1] = cosr * d[i + 1];
          const [cosl, sinl, r2] = lartg(f, g);
          d[i] = r2;
          f = cosl * e[i] + sinl * d[i + 1];
          d[i + 1] = cosl * d[i + 1] - sinl * e[i];
          if (i < m - 1) {
            g = sinl * e[i + 1];
            e[i + 1] = cosl * e[i + 1];
          }
          work[W(i - ll + 1)] = cosr;
          work[W(i - ll + 1 + nm1)] = sinr;
          work[W(i - ll + 1 + nm12)] = cosl;
          work[W(i - ll + 1 + nm13)] = sinl;
        }
        e[m - 1] = f;
        rotVectors('F', ll, 1, n, nm12 + 1, nm13 + 1);
        if (Math.abs(e[m - 1]) <= thresh) e[m - 1] = 0;
      } else {
        // chase bulge from bottom to top
        let f = (Math.abs(d[m]) - shift) * (sign(1, d[m]) + shift / d[m]);
        let g = e[m - 1];
        for (let i = m; i >= ll + 1; i--) {
          const [cosr, sinr, r1] = lartg(f, g);
          if (i < m) e[i] = r1;
          f = cosr * d[i] + sinr * e[i - 1];
          e[i - 1] = cosr * e[i - 1] - sinr * d[i];
          g = sinr * d[i - 1];
          d[i - 1] = cosr * d[i - 1];
          const [cosl, sinl, r2] = lartg(f, g);
          d[i] = r2;
          f = cosl * e[i - 1] + sinl * d[i - 1];
          d[i - 1] = cosl * d[i - 1] - sinl * e[i - 1];
          if (i > ll + 1) {
            g = sinl * e[i - 2];
            e[i - 2] = cosl * e[i - 2];
          }
          work[W(i - ll)] = cosr;
          work[W(i - ll + nm1)] = -sinr;
          work[W(i - ll + nm12)] = cosl;
          work[W(i - ll + nm13)] = -sinl;
        }
        e[ll] = f;
        if (Math.abs(e[ll]) <= thresh) e[ll] = 0;
        rotVectors('B', ll, nm12 + 1, nm13 + 1, 1, n);
      }
    }
  }
  // make singular values positive
  for (let i = 1; i <= n; i++) {
    if (d[i] === 0) d[i] = 0;
    if (d[i] < 0) {
      d[i] = -d[i];
      if (vec && ncvt > 0) scal(ncvt, -1, vec.vt, VT(i), vec.ldvt);
    }
  }
  // sort into decreasing order (one transposition per singular vector)
  for (let i = 1; i <= n - 1; i++) {
    let isub = 1, smin = d[1];
    for (let j = 2; j <= n + 1 - i; j++) {
      if (d[j] <= smin) {
        isub = j;
        smin = d[j];
      }
    }
    if (isub !== n + 1 - i) {
      d[isub] = d[n + 1 - i];
      d[n + 1 - i] = smin;
      swapVectors(vec, isub, n + 1 - i);
    }
  }
  return 0;
}

function swapVectors(vec: Vectors | null, i: number, j: number): void {
  if (!vec) return;
  if (vec.ncvt > 0) swap(vec.ncvt, vec.vt, i - 1, vec.ldvt, vec.vt, j - 1, vec.ldvt);
  if (vec.nru > 0) swap(vec.nru, vec.u, (i - 1) * vec.ldu, 1, vec.u, (j - 1) * vec.ldu, 1);
  if (vec.ncc > 0) swap(vec.ncc, vec.c, i - 1, vec.ldc, vec.c, j - 1, vec.ldc);
}

/** dlasdq for an upper bidiagonal (sqre = 0): dbdsqr, then LAPACK's ascending selection sort. */
export function lasdq(n: number, d: Float64Array, e: Float64Array, vec: Vectors | null): number {
  const info = bdsqr(n, d, e, vec);
  for (let i = 1; i <= n; i++) {
    let isub = i, smin = d[i];
    for (let j = i + 1; j <= n; j++) {
      if (d[j] < smin) {
        isub = j;
        smin = d[j];
      }
    }
    if (isub !== i) {
      d[isub] = d[i];
      d[i] = smin;
      swapVectors(vec, isub, i);
    }
  }
  return info;
}

export interface BidiagonalSvd {
  /** n×n left singular vectors (column-major) */
  u: Float64Array;
  /** n×n right singular vectors, transposed */
  vt: Float64Array;
}

/**
 * dbdsdc('U' or 'L', 'N' or 'I') for n ≤ 25 (dlasdq path): singular values into d (1-based, decreasing);
 * with `wantVectors`, U and VT of the bidiagonal. Returns the vectors (null without) and INFO.
 */
export function bdsdc(upper: boolean, n: number, d: Float64Array, e: Float64Array, wantVectors: boolean): { vec: BidiagonalSvd | null; info: number } {
  if (n === 1) {
    const vec = wantVectors ? { u: Float64Array.of(sign(1, d[1])), vt: Float64Array.of(1) } : null;
    d[1] = Math.abs(d[1]);
    return { vec, info: 0 };
  }
  const nm1 = n - 1;
  const rotWork = new Float64Array(2 * n);
  if (!upper) {
    // rotate the lower bidiagonal to upper by rotations on the left
    for (let i = 1; i <= n - 1; i++) {
      const [cs, sn, r] = lartg(d[i], e[i]);
      d[i] = r;
      e[i] = sn * d[i + 1];
      d[i + 1] = cs * d[i + 1];
      rotWork[i - 1] = cs;
      rotWork[nm1 + i - 1] = -sn;
    }
  }
  const u = wantVectors ? identity(n) : null, vt = wantVectors ? identity(n) : null;
  const vec = u && vt ? { vt, ldvt: n, ncvt: n, u, ldu: n, nru: n, c: u, ldc: n, ncc: 0 } : null;
  const info = lasdq(n, d, e, vec);
  // dbdsdc: decreasing selection sort
  for (let ii = 2; ii <= n; ii++) {
    const i = ii - 1;
    let kk = i, p = d[i];
    for (let j = ii; j <= n; j++) {
      if (d[j] > p) {
        kk = j;
        p = d[j];
      }
    }
    if (kk !== i) {
      d[kk] = d[i];
      d[i] = p;
      swapVectors(vec, i, kk);
    }
  }
  if (!upper && u) lasr('L', 'B', n, n, rotWork, 0, rotWork, nm1, u, 0, n);
  return { vec: u && vt ? { u, vt } : null, info };
}
