/**
 * The reductions dgeev applies before the QR algorithm, and their inverses: balancing (dgebal 'B':
 * permute rows/columns to isolate eigenvalues, then scale by powers of two so row and column 2-norms
 * are close — LAPACK 3.12's version), Householder reduction to upper Hessenberg form (dgehd2), the
 * explicit orthogonal factor of that reduction (dorghr), and back-transformation of eigenvectors
 * through the balancing (dgebak 'B', 'R').
 *
 * Indices are 1-based in these ports (`at(i, j)` maps LAPACK's A(i, j)), matching SRC/dgebal.f,
 * dgehd2.f, dorghr.f and dgebak.f.
 */
import { ULP, SAFMIN, nrm2, iamax, scal, swap } from './blas';
import { larfg, larf, org2r } from './householder';

export interface Balance {
  ilo: number;
  ihi: number;
  /** permutation indices (1-based) and scale factors, 1-based (index 0 unused) */
  scale: Float64Array;
}

const SCLFAC = 2;
const FACTOR = 0.95;

/** dgebal('B') on the n×n column-major `a`, in place. */
export function gebal(n: number, a: Float64Array): Balance {
  const scale = new Float64Array(n + 1);
  const at = (i: number, j: number) => i - 1 + (j - 1) * n;
  if (n === 0) return { ilo: 1, ihi: 0, scale };
  let k = 1, l = n;
  const exchange = (j: number, m: number) => {
    swap(l, a, at(1, j), 1, a, at(1, m), 1);
    swap(n - k + 1, a, at(j, k), n, a, at(m, k), n);
  };
  // rows isolating an eigenvalue: push them down
  let noconv = true;
  while (noconv) {
    noconv = false;
    for (let i = l; i >= 1; i--) {
      let canSwap = true;
      for (let j = 1; j <= l; j++) {
        if (i !== j && a[at(i, j)] !== 0) {
          canSwap = false;
          break;
        }
      }
      if (canSwap) {
        scale[l] = i;
        if (i !== l) exchange(i, l);
        noconv = true;
        if (l === 1) return { ilo: 1, ihi: 1, scale };
        l--;
      }
    }
  }
  // columns isolating an eigenvalue: push them left
  noconv = true;
  while (noconv) {
    noconv = false;
    for (let j = k; j <= l; j++) {
      let canSwap = true;
      for (let i = k; i <= l; i++) {
        if (i !== j && a[at(i, j)] !== 0) {
          canSwap = false;
          break;
        }
      }
      if (canSwap) {
        scale[k] = j;
        if (j !== k) exchange(j, k);
        noconv = true;
        k++;
      }
    }
  }
  for (let i = k; i <= l; i++) scale[i] = 1;
  // iterative norm reduction on rows and columns k..l
  const sfmin1 = SAFMIN / ULP, sfmax1 = 1 / sfmin1;
  const sfmin2 = sfmin1 * SCLFAC, sfmax2 = 1 / sfmin2;
  noconv = true;
  while (noconv) {
    noconv = false;
    for (let i = k; i <= l; i++) {
      let c = nrm2(l - k + 1, a, at(k, i), 1);
      let r = nrm2(l - k + 1, a, at(i, k), n);
      const ica = iamax(l, a, at(1, i), 1) + 1;
      let ca = Math.abs(a[at(ica, i)]);
      const ira = iamax(n - k + 1, a, at(i, k), n) + 1;
      let ra = Math.abs(a[at(i, ira + k - 1)]);
      if (c === 0 || r === 0) continue;
      if (Number.isNaN(c + ca + r + ra)) return { ilo: k, ihi: l, scale };
      let g = r / SCLFAC;
      let f = 1;
      const s = c + r;
      while (c < g && Math.max(f, c, ca) < sfmax2 && Math.min(r, g, ra) > sfmin2) {
        f *= SCLFAC;
        c *= SCLFAC;
        ca *= SCLFAC;
        r /= SCLFAC;
        g /= SCLFAC;
        ra /= SCLFAC;
      }
      g = c / SCLFAC;
      while (g >= r && Math.max(r, ra) < sfmax2 && Math.min(f, c, g, ca) > sfmin2) {
        f /= SCLFAC;
        c /= SCLFAC;
        g /= SCLFAC;
        ca /= SCLFAC;
        r *= SCLFAC;
        ra *= SCLFAC;
      }
      // now balance
      if (c + r >= FACTOR * s) continue;
      if (f < 1 && scale[i] < 1 && f * scale[i] <= sfmin1) continue;
      if (f > 1 && scale[i] > 1 && scale[i] >= sfmax1 / f) continue;
      g = 1 / f;
      scale[i] *= f;
      noconv = true;
      scal(n - k + 1, g, a, at(i, k), n);
      scal(l, f, a, at(1, i), 1);
    }
  }
  return { ilo: k, ihi: l, scale };
}

/** dgehd2: reduce rows/columns ilo..ihi of the n×n `a` to upper Hessenberg form; tau is 1-based. */
export function gehd2(n: number, ilo: number, ihi: number, a: Float64Array): Float64Array {
  const tau = new Float64Array(n + 1);
  const at = (i: number, j: number) => i - 1 + (j - 1) * n;
  for (let i = ilo; i <= ihi - 1; i++) {
    tau[i] = larfg(ihi - i, a, at(i + 1, i), at(Math.min(i + 2, n), i), 1);
    const aii = a[at(i + 1, i)];
    a[at(i + 1, i)] = 1;
    larf('R', ihi, ihi - i, a, at(i + 1, i), 1, tau[i], a, at(1, i + 1), n);
    larf('L', ihi - i, n - i, a, at(i + 1, i), 1, tau[i], a, at(i + 1, i + 1), n);
    a[at(i + 1, i)] = aii;
  }
  return tau;
}

/** dorghr: the orthogonal Q of gehd2 (reflectors in `h`) as a new n×n matrix. */
export function orghr(n: number, ilo: number, ihi: number, h: Float64Array, tau: Float64Array): Float64Array {
  const q = new Float64Array(n * n);
  const at = (i: number, j: number) => i - 1 + (j - 1) * n;
  // shift the reflector vectors one column right; identity outside rows/columns ilo+1..ihi
  for (let j = ihi; j >= ilo + 1; j--) for (let i = j + 1; i <= ihi; i++) q[at(i, j)] = h[at(i, j - 1)];
  for (let j = 1; j <= ilo; j++) q[at(j, j)] = 1;
  for (let j = ihi + 1; j <= n; j++) q[at(j, j)] = 1;
  const nh = ihi - ilo;
  if (nh > 0) org2r(nh, nh, nh, q, at(ilo + 1, ilo + 1), n, tau, ilo);
  return q;
}

/** dgebak('B', 'R'): undo the balancing on the n×m eigenvector matrix `v`. */
export function gebak(n: number, m: number, b: Balance, v: Float64Array): void {
  const at = (i: number, j: number) => i - 1 + (j - 1) * n;
  if (b.ilo !== b.ihi) for (let i = b.ilo; i <= b.ihi; i++) scal(m, b.scale[i], v, at(i, 1), n);
  for (let ii = 1; ii <= n; ii++) {
    let i = ii;
    if (i >= b.ilo && i <= b.ihi) continue;
    if (i < b.ilo) i = b.ilo - ii;
    const k = Math.trunc(b.scale[i]);
    if (k !== i) swap(m, v, at(i, 1), n, v, at(k, 1), n);
  }
}
