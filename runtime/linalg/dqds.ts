/**
 * Singular values of a bidiagonal matrix by the differential quotient-difference algorithm with shifts
 * (dqds, Fernando & Parlett; LAPACK's dlasq1–dlasq6 as of 3.12): the squares of the bidiagonal's
 * entries form a qd array that dqds transforms ("ping-pong" between two halves of Z) until the
 * off-diagonal q/e values vanish; shifts come from dlasq4's case analysis, deflation from dlasq3. This
 * is what dbdsqr runs when no singular vectors are wanted (np.linalg.svd(compute_uv=False), cond,
 * norm(ord=2), matrix_rank), so its values — not the QR iteration's — are the ones NumPy prints.
 *
 * All arrays are 1-based as in the Fortran (index 0 unused); Z has 4n entries.
 */
import { ULP, SAFMIN, lascl } from './blas';
import { las2 } from './bidiagonalSvd';

const CBIAS = 1.5;

/** dlasq1: d (1-based, length n) becomes the singular values, decreasing; returns INFO (d, e unusable if > 0). */
export function lasq1(n: number, d: Float64Array, e: Float64Array): number {
  if (n === 0) return 0;
  if (n === 1) {
    d[1] = Math.abs(d[1]);
    return 0;
  }
  if (n === 2) {
    const [sigmn, sigmx] = las2(d[1], e[1], d[2]);
    d[1] = sigmx;
    d[2] = sigmn;
    return 0;
  }
  let sigmx = 0;
  for (let i = 1; i <= n - 1; i++) {
    d[i] = Math.abs(d[i]);
    sigmx = Math.max(sigmx, Math.abs(e[i]));
  }
  d[n] = Math.abs(d[n]);
  if (sigmx === 0) {
    sortDecreasing(d, 1, n);
    return 0;
  }
  for (let i = 1; i <= n; i++) sigmx = Math.max(sigmx, d[i]);
  const eps = ULP, safmin = SAFMIN;
  const scale = Math.sqrt(eps / safmin);
  const z = new Float64Array(4 * n + 1);
  for (let i = 1; i <= n; i++) z[2 * i - 1] = d[i];
  for (let i = 1; i <= n - 1; i++) z[2 * i] = e[i];
  lascl(sigmx, scale, 2 * n - 1, z, 1, 1);
  for (let i = 1; i <= 2 * n - 1; i++) z[i] = z[i] ** 2;
  z[2 * n] = 0;
  const info = lasq2(n, z);
  if (info === 0) {
    for (let i = 1; i <= n; i++) d[i] = Math.sqrt(z[i]);
    lascl(scale, sigmx, n, d, 1, 1);
  }
  return info;
}

function sortDecreasing(x: Float64Array, from: number, n: number): void {
  const v = Array.from(x.subarray(from, from + n)).sort((a, b) => b - a);
  x.set(v, from);
}

/** dqds state shared by dlasq3, dlasq4, dlasq5 and dlasq6 (LAPACK passes it as arguments). */
interface State {
  i0: number;
  n0: number;
  pp: number;
  dmin: number;
  sigma: number;
  desig: number;
  qmax: number;
  nfail: number;
  iter: number;
  ndiv: number;
  ttype: number;
  dmin1: number;
  dmin2: number;
  dn: number;
  dn1: number;
  dn2: number;
  g: number;
  tau: number;
}

/** dlasq2: eigenvalues of the qd array z (1-based, 4n entries) into z(1..n), decreasing; returns INFO. */
function lasq2(n: number, z: Float64Array): number {
  const eps = ULP, safmin = SAFMIN;
  const tol = eps * 100, tol2 = tol ** 2;
  // check for negative data and compute sums of q's and e's
  z[2 * n] = 0;
  let d = 0, e = 0;
  for (let k = 1; k <= 2 * (n - 1); k += 2) {
    if (z[k] < 0 || z[k + 1] < 0) return -1;
    d += z[k];
    e += z[k + 1];
  }
  if (z[2 * n - 1] < 0) return -1;
  d += z[2 * n - 1];
  if (e === 0) {
    for (let k = 2; k <= n; k++) z[k] = z[2 * k - 1];
    sortDecreasing(z, 1, n);
    z[2 * n - 1] = d;
    return 0;
  }
  if (d + e === 0) {
    z[2 * n - 1] = 0;
    return 0;
  }
  // rearrange for locality: z = (q1, qq1, e1, ee1, q2, qq2, e2, ee2, …)
  for (let k = 2 * n; k >= 2; k -= 2) {
    z[2 * k] = 0;
    z[2 * k - 1] = z[k];
    z[2 * k - 2] = 0;
    z[2 * k - 3] = z[k - 1];
  }
  let i0 = 1, n0 = n;
  if (CBIAS * z[4 * i0 - 3] < z[4 * n0 - 3]) {
    const ipn4 = 4 * (i0 + n0);
    for (let i4 = 4 * i0; i4 <= 2 * (i0 + n0 - 1); i4 += 4) {
      [z[i4 - 3], z[ipn4 - i4 - 3]] = [z[ipn4 - i4 - 3], z[i4 - 3]];
      [z[i4 - 1], z[ipn4 - i4 - 5]] = [z[ipn4 - i4 - 5], z[i4 - 1]];
    }
  }
  // initial split checking via dqd and Li's test
  let pp = 0;
  let qmax = 0;
  for (let k = 1; k <= 2; k++) {
    d = z[4 * n0 + pp - 3];
    for (let i4 = 4 * (n0 - 1) + pp; i4 >= 4 * i0 + pp; i4 -= 4) {
      if (z[i4 - 1] <= tol2 * d) {
        z[i4 - 1] = -0;
        d = z[i4 - 3];
      } else d = z[i4 - 3] * (d / (d + z[i4 - 1]));
    }
    d = z[4 * i0 + pp - 3];
    for (let i4 = 4 * i0 + pp; i4 <= 4 * (n0 - 1) + pp; i4 += 4) {
      z[i4 - 2 * pp - 2] = d + z[i4 - 1];
      if (z[i4 - 1] <= tol2 * d) {
        z[i4 - 1] = -0;
        z[i4 - 2 * pp - 2] = d;
        z[i4 - 2 * pp] = 0;
        d = z[i4 + 1];
      } else if (safmin * z[i4 + 1] < z[i4 - 2 * pp - 2] && safmin * z[i4 - 2 * pp - 2] < z[i4 + 1]) {
        const temp = z[i4 + 1] / z[i4 - 2 * pp - 2];
        z[i4 - 2 * pp] = z[i4 - 1] * temp;
        d = d * temp;
      } else {
        z[i4 - 2 * pp] = z[i4 + 1] * (z[i4 - 1] / z[i4 - 2 * pp - 2]);
        d = z[i4 + 1] * (d / z[i4 - 2 * pp - 2]);
      }
    }
    z[4 * n0 - pp - 2] = d;
    qmax = z[4 * i0 - pp - 2];
    for (let i4 = 4 * i0 - pp + 2; i4 <= 4 * n0 - pp - 2; i4 += 4) qmax = Math.max(qmax, z[i4]);
    pp = 1 - pp;
  }
  const s: State = { i0, n0, pp: 0, dmin: 0, sigma: 0, desig: 0, qmax, nfail: 0, iter: 2, ndiv: 2 * (n0 - i0), ttype: 0, dmin1: 0, dmin2: 0, dn: 0, dn1: 0, dn2: 0, g: 0, tau: 0 };
  for (let iwhila = 1; iwhila <= n + 1; iwhila++) {
    if (s.n0 < 1) {
      // move the q's to the front and sort
      for (let k = 2; k <= n; k++) z[k] = z[4 * k - 3];
      sortDecreasing(z, 1, n);
      return 0;
    }
    s.desig = 0;
    s.sigma = s.n0 === n ? 0 : -z[4 * s.n0 - 1];
    if (s.sigma < 0) return 1;
    // find the last unreduced submatrix's top index i0, qmax and emin
    let emax = 0;
    let qmin = z[4 * s.n0 - 3];
    s.qmax = qmin;
    let i4 = 4 * s.n0;
    for (; i4 >= 8; i4 -= 4) {
      if (z[i4 - 5] <= 0) break;
      if (qmin >= 4 * emax) {
        qmin = Math.min(qmin, z[i4 - 3]);
        emax = Math.max(emax, z[i4 - 5]);
      }
      s.qmax = Math.max(s.qmax, z[i4 - 7] + z[i4 - 5]);
    }
    if (i4 < 8) i4 = 4;
    s.i0 = i4 / 4;
    s.pp = 0;
    if (s.n0 - s.i0 > 1) {
      let dee = z[4 * s.i0 - 3], deemin = dee, kmin = s.i0;
      for (let j = 4 * s.i0 + 1; j <= 4 * s.n0 - 3; j += 4) {
        dee = z[j] * (dee / (dee + z[j - 2]));
        if (dee <= deemin) {
          deemin = dee;
          kmin = (j + 3) / 4;
        }
      }
      if ((kmin - s.i0) * 2 < s.n0 - kmin && deemin <= 0.5 * z[4 * s.n0 - 3]) {
        const ipn4 = 4 * (s.i0 + s.n0);
        s.pp = 2;
        for (let j = 4 * s.i0; j <= 2 * (s.i0 + s.n0 - 1); j += 4) {
          [z[j - 3], z[ipn4 - j - 3]] = [z[ipn4 - j - 3], z[j - 3]];
          [z[j - 2], z[ipn4 - j - 2]] = [z[ipn4 - j - 2], z[j - 2]];
          [z[j - 1], z[ipn4 - j - 5]] = [z[ipn4 - j - 5], z[j - 1]];
          [z[j], z[ipn4 - j - 4]] = [z[ipn4 - j - 4], z[j]];
        }
      }
    }
    // -(initial shift) into dmin
    s.dmin = -Math.max(0, qmin - 2 * Math.sqrt(qmin) * Math.sqrt(emax));
    const nbig = 100 * (s.n0 - s.i0 + 1);
    let done = false;
    for (let iwhilb = 1; iwhilb <= nbig; iwhilb++) {
      if (s.i0 > s.n0) {
        done = true;
        break;
      }
      lasq3(z, s);
      s.pp = 1 - s.pp;
      // when emin is very small, check for splits
      if (s.pp === 0 && s.n0 - s.i0 >= 3) {
        if (z[4 * s.n0] <= tol2 * s.qmax || z[4 * s.n0 - 1] <= tol2 * s.sigma) {
          let splt = s.i0 - 1;
          s.qmax = z[4 * s.i0 - 3];
          let emin = z[4 * s.i0 - 1];
          let oldemn = z[4 * s.i0];
          for (let j = 4 * s.i0; j <= 4 * (s.n0 - 3); j += 4) {
            if (z[j] <= tol2 * z[j - 3] || z[j - 1] <= tol2 * s.sigma) {
              z[j - 1] = -s.sigma;
              splt = j / 4;
              s.qmax = 0;
              emin = z[j + 3];
              oldemn = z[j + 4];
            } else {
              s.qmax = Math.max(s.qmax, z[j + 1]);
              emin = Math.min(emin, z[j - 1]);
              oldemn = Math.min(oldemn, z[j]);
            }
          }
          z[4 * s.n0 - 1] = emin;
          z[4 * s.n0] = oldemn;
          s.i0 = splt + 1;
        }
      }
    }
    // maximum number of iterations exceeded (the caller falls back to the QR iteration)
    if (!done) return 2;
  }
  return 3;
}

/** dlasq3: deflation checks, a shift, and dqds steps until one succeeds. */
function lasq3(z: Float64Array, s: State): void {
  const n0in = s.n0;
  const eps = ULP, tol = eps * 100, tol2 = tol ** 2;
  // check for deflation
  for (;;) {
    if (s.n0 < s.i0) return;
    if (s.n0 === s.i0) {
      z[4 * s.n0 - 3] = z[4 * s.n0 + s.pp - 3] + s.sigma;
      s.n0--;
      continue;
    }
    const nn = 4 * s.n0 + s.pp;
    let two = s.n0 === s.i0 + 1;
    if (!two) {
      if (!(z[nn - 5] > tol2 * (s.sigma + z[nn - 3]) && z[nn - 2 * s.pp - 4] > tol2 * z[nn - 7])) {
        z[4 * s.n0 - 3] = z[4 * s.n0 + s.pp - 3] + s.sigma;
        s.n0--;
        continue;
      }
      two = !(z[nn - 9] > tol2 * s.sigma && z[nn - 2 * s.pp - 8] > tol2 * z[nn - 11]);
    }
    if (!two) break;
    // a 2×2 block deflates
    if (z[nn - 3] > z[nn - 7]) [z[nn - 3], z[nn - 7]] = [z[nn - 7], z[nn - 3]];
    let t = 0.5 * (z[nn - 7] - z[nn - 3] + z[nn - 5]);
    if (z[nn - 5] > z[nn - 3] * tol2 && t !== 0) {
      let sv = z[nn - 3] * (z[nn - 5] / t);
      if (sv <= t) sv = z[nn - 3] * (z[nn - 5] / (t * (1 + Math.sqrt(1 + sv / t))));
      else sv = z[nn - 3] * (z[nn - 5] / (t + Math.sqrt(t) * Math.sqrt(t + sv)));
      t = z[nn - 7] + (sv + z[nn - 5]);
      z[nn - 3] = z[nn - 3] * (z[nn - 7] / t);
      z[nn - 7] = t;
    }
    z[4 * s.n0 - 7] = z[nn - 7] + s.sigma;
    z[4 * s.n0 - 3] = z[nn - 3] + s.sigma;
    s.n0 -= 2;
  }
  if (s.pp === 2) s.pp = 0;
  // reverse the qd array if warranted
  if (s.dmin <= 0 || s.n0 < n0in) {
    if (CBIAS * z[4 * s.i0 + s.pp - 3] < z[4 * s.n0 + s.pp - 3]) {
      const ipn4 = 4 * (s.i0 + s.n0);
      for (let j = 4 * s.i0; j <= 2 * (s.i0 + s.n0 - 1); j += 4) {
        [z[j - 3], z[ipn4 - j - 3]] = [z[ipn4 - j - 3], z[j - 3]];
        [z[j - 2], z[ipn4 - j - 2]] = [z[ipn4 - j - 2], z[j - 2]];
        [z[j - 1], z[ipn4 - j - 5]] = [z[ipn4 - j - 5], z[j - 1]];
        [z[j], z[ipn4 - j - 4]] = [z[ipn4 - j - 4], z[j]];
      }
      if (s.n0 - s.i0 <= 4) {
        z[4 * s.n0 + s.pp - 1] = z[4 * s.i0 + s.pp - 1];
        z[4 * s.n0 - s.pp] = z[4 * s.i0 - s.pp];
      }
      s.dmin2 = Math.min(s.dmin2, z[4 * s.n0 + s.pp - 1]);
      z[4 * s.n0 + s.pp - 1] = Math.min(z[4 * s.n0 + s.pp - 1], z[4 * s.i0 + s.pp - 1], z[4 * s.i0 + s.pp + 3]);
      z[4 * s.n0 - s.pp] = Math.min(z[4 * s.n0 - s.pp], z[4 * s.i0 - s.pp], z[4 * s.i0 - s.pp + 4]);
      s.qmax = Math.max(s.qmax, z[4 * s.i0 + s.pp - 3], z[4 * s.i0 + s.pp + 1]);
      s.dmin = -0;
    }
  }
  lasq4(z, s, n0in);
  let underflow = false;
  for (;;) {
    lasq5(z, s, eps);
    s.ndiv += s.n0 - s.i0 + 2;
    s.iter++;
    if (s.dmin >= 0 && s.dmin1 >= 0) break;
    if (s.dmin < 0 && s.dmin1 > 0 && z[4 * (s.n0 - 1) - s.pp] < tol * (s.sigma + s.dn1) && Math.abs(s.dn) < tol * s.sigma) {
      // convergence hidden by a negative dn
      z[4 * (s.n0 - 1) - s.pp + 2] = 0;
      s.dmin = 0;
      break;
    }
    if (s.dmin < 0) {
      // tau too big: pick a smaller one and try again
      s.nfail++;
      if (s.ttype < -22) s.tau = 0;
      else if (s.dmin1 > 0) {
        s.tau = (s.tau + s.dmin) * (1 - 2 * eps);
        s.ttype -= 11;
      } else {
        s.tau = 0.25 * s.tau;
        s.ttype -= 12;
      }
      continue;
    }
    if (Number.isNaN(s.dmin)) {
      if (s.tau === 0) {
        underflow = true;
        break;
      }
      s.tau = 0;
      continue;
    }
    underflow = true;
    break;
  }
  if (underflow) {
    lasq6(z, s);
    s.ndiv += s.n0 - s.i0 + 2;
    s.iter++;
    s.tau = 0;
  }
  let t: number;
  if (s.tau < s.sigma) {
    s.desig += s.tau;
    t = s.sigma + s.desig;
    s.desig -= t - s.sigma;
  } else {
    t = s.sigma + s.tau;
    s.desig = s.sigma - (t - s.tau) + s.desig;
  }
  s.sigma = t;
}

const CNST1 = 0.563, CNST2 = 1.01, CNST3 = 1.05, THIRD = 0.333;

/** dlasq4: choose the shift tau (an early return leaves the previous tau, as LAPACK does). */
function lasq4(z: Float64Array, s: State, n0in: number): void {
  const { i0, n0, pp, dmin, dmin1, dmin2, dn, dn1, dn2 } = s;
  if (dmin <= 0) {
    s.tau = -dmin;
    s.ttype = -1;
    return;
  }
  const nn = 4 * n0 + pp;
  let sh = 0;
  if (n0in === n0) {
    if (dmin === dn || dmin === dn1) {
      let b1 = Math.sqrt(z[nn - 3]) * Math.sqrt(z[nn - 5]);
      let b2 = Math.sqrt(z[nn - 7]) * Math.sqrt(z[nn - 9]);
      let a2 = z[nn - 7] + z[nn - 5];
      if (dmin === dn && dmin1 === dn1) {
        // cases 2 and 3
        const gap2 = dmin2 - a2 - dmin2 * 0.25;
        const gap1 = gap2 > 0 && gap2 > b2 ? a2 - dn - (b2 / gap2) * b2 : a2 - dn - (b1 + b2);
        if (gap1 > 0 && gap1 > b1) {
          sh = Math.max(dn - (b1 / gap1) * b1, 0.5 * dmin);
          s.ttype = -2;
        } else {
          sh = 0;
          if (dn > b1) sh = dn - b1;
          if (a2 > b1 + b2) sh = Math.min(sh, a2 - (b1 + b2));
          sh = Math.max(sh, THIRD * dmin);
          s.ttype = -3;
        }
      } else {
        // case 4
        s.ttype = -4;
        sh = 0.25 * dmin;
        let gam: number, np: number;
        if (dmin === dn) {
          gam = dn;
          a2 = 0;
          if (z[nn - 5] > z[nn - 7]) return;
          b2 = z[nn - 5] / z[nn - 7];
          np = nn - 9;
        } else {
          np = nn - 2 * pp;
          gam = dn1;
          if (z[np - 4] > z[np - 2]) return;
          a2 = z[np - 4] / z[np - 2];
          if (z[nn - 9] > z[nn - 11]) return;
          b2 = z[nn - 9] / z[nn - 11];
          np = nn - 13;
        }
        // approximate contribution to the norm squared from i < nn-1
        a2 += b2;
        for (let i4 = np; i4 >= 4 * i0 - 1 + pp; i4 -= 4) {
          if (b2 === 0) break;
          b1 = b2;
          if (z[i4] > z[i4 - 2]) return;
          b2 *= z[i4] / z[i4 - 2];
          a2 += b2;
          if (100 * Math.max(b2, b1) < a2 || CNST1 < a2) break;
        }
        a2 = CNST3 * a2;
        // Rayleigh quotient residual bound
        if (a2 < CNST1) sh = (gam * (1 - Math.sqrt(a2))) / (1 + a2);
      }
    } else if (dmin === dn2) {
      // case 5
      s.ttype = -5;
      sh = 0.25 * dmin;
      const np = nn - 2 * pp;
      let b1 = z[np - 2], b2 = z[np - 6];
      const gam = dn2;
      if (z[np - 8] > b2 || z[np - 4] > b1) return;
      let a2 = (z[np - 8] / b2) * (1 + z[np - 4] / b1);
      if (n0 - i0 > 2) {
        b2 = z[nn - 13] / z[nn - 15];
        a2 += b2;
        for (let i4 = nn - 17; i4 >= 4 * i0 - 1 + pp; i4 -= 4) {
          if (b2 === 0) break;
          b1 = b2;
          if (z[i4] > z[i4 - 2]) return;
          b2 *= z[i4] / z[i4 - 2];
          a2 += b2;
          if (100 * Math.max(b2, b1) < a2 || CNST1 < a2) break;
        }
        a2 = CNST3 * a2;
      }
      if (a2 < CNST1) sh = (gam * (1 - Math.sqrt(a2))) / (1 + a2);
    } else {
      // case 6, no information to guide us
      if (s.ttype === -6) s.g += THIRD * (1 - s.g);
      else if (s.ttype === -18) s.g = 0.25 * THIRD;
      else s.g = 0.25;
      sh = s.g * dmin;
      s.ttype = -6;
    }
  } else if (n0in === n0 + 1) {
    // one eigenvalue just deflated: use dmin1, dn1 for dmin and dn
    if (dmin1 === dn1 && dmin2 === dn2) {
      // cases 7 and 8
      s.ttype = -7;
      sh = THIRD * dmin1;
      if (z[nn - 5] > z[nn - 7]) return;
      let b1 = z[nn - 5] / z[nn - 7];
      let b2 = b1;
      if (b2 !== 0) {
        for (let i4 = 4 * n0 - 9 + pp; i4 >= 4 * i0 - 1 + pp; i4 -= 4) {
          const a2 = b1;
          if (z[i4] > z[i4 - 2]) return;
          b1 *= z[i4] / z[i4 - 2];
          b2 += b1;
          if (100 * Math.max(b1, a2) < b2) break;
        }
      }
      b2 = Math.sqrt(CNST3 * b2);
      const a2 = dmin1 / (1 + b2 ** 2);
      const gap2 = 0.5 * dmin2 - a2;
      if (gap2 > 0 && gap2 > b2 * a2) sh = Math.max(sh, a2 * (1 - CNST2 * a2 * (b2 / gap2) * b2));
      else {
        sh = Math.max(sh, a2 * (1 - CNST2 * b2));
        s.ttype = -8;
      }
    } else {
      // case 9
      sh = 0.25 * dmin1;
      if (dmin1 === dn1) sh = 0.5 * dmin1;
      s.ttype = -9;
    }
  } else if (n0in === n0 + 2) {
    // two eigenvalues deflated: use dmin2, dn2 for dmin and dn (cases 10 and 11)
    if (dmin2 === dn2 && 2 * z[nn - 5] < z[nn - 7]) {
      s.ttype = -10;
      sh = THIRD * dmin2;
      if (z[nn - 5] > z[nn - 7]) return;
      let b1 = z[nn - 5] / z[nn - 7];
      let b2 = b1;
      if (b2 !== 0) {
        for (let i4 = 4 * n0 - 9 + pp; i4 >= 4 * i0 - 1 + pp; i4 -= 4) {
          if (z[i4] > z[i4 - 2]) return;
          b1 *= z[i4] / z[i4 - 2];
          b2 += b1;
          if (100 * b1 < b2) break;
        }
      }
      b2 = Math.sqrt(CNST3 * b2);
      const a2 = dmin2 / (1 + b2 ** 2);
      const gap2 = z[nn - 7] + z[nn - 9] - Math.sqrt(z[nn - 11]) * Math.sqrt(z[nn - 9]) - a2;
      if (gap2 > 0 && gap2 > b2 * a2) sh = Math.max(sh, a2 * (1 - CNST2 * a2 * (b2 / gap2) * b2));
      else sh = Math.max(sh, a2 * (1 - CNST2 * b2));
    } else {
      sh = 0.25 * dmin2;
      s.ttype = -11;
    }
  } else if (n0in > n0 + 2) {
    // case 12: more than two eigenvalues deflated, no information
    sh = 0;
    s.ttype = -12;
  }
  s.tau = sh;
}

/** dlasq5: one dqds transform with shift tau (IEEE arithmetic; small d's flushed when tau is 0). */
function lasq5(z: Float64Array, s: State, eps: number): void {
  const { i0, n0, pp } = s;
  if (n0 - i0 - 1 <= 0) return;
  const dthresh = eps * (s.sigma + s.tau);
  if (s.tau < dthresh * 0.5) s.tau = 0;
  const tau = s.tau;
  const flush = tau === 0;
  let j4 = 4 * i0 + pp - 3;
  let emin = z[j4 + 4];
  let d = z[j4] - tau;
  let dmin = d;
  s.dmin1 = -z[j4];
  for (j4 = 4 * i0; j4 <= 4 * (n0 - 3); j4 += 4) {
    if (pp === 0) {
      z[j4 - 2] = d + z[j4 - 1];
      const temp = z[j4 + 1] / z[j4 - 2];
      d = d * temp - tau;
      if (flush && d < dthresh) d = 0;
      dmin = Math.min(dmin, d);
      z[j4] = z[j4 - 1] * temp;
      emin = Math.min(z[j4], emin);
    } else {
      z[j4 - 3] = d + z[j4];
      const temp = z[j4 + 2] / z[j4 - 3];
      d = d * temp - tau;
      if (flush && d < dthresh) d = 0;
      dmin = Math.min(dmin, d);
      z[j4 - 1] = z[j4] * temp;
      emin = Math.min(z[j4 - 1], emin);
    }
  }
  // unroll the last two steps
  const dnm2 = d;
  s.dmin2 = dmin;
  j4 = 4 * (n0 - 2) - pp;
  let j4p2 = j4 + 2 * pp - 1;
  z[j4 - 2] = dnm2 + z[j4p2];
  z[j4] = z[j4p2 + 2] * (z[j4p2] / z[j4 - 2]);
  const dnm1 = z[j4p2 + 2] * (dnm2 / z[j4 - 2]) - tau;
  dmin = Math.min(dmin, dnm1);
  s.dmin1 = dmin;
  j4 += 4;
  j4p2 = j4 + 2 * pp - 1;
  z[j4 - 2] = dnm1 + z[j4p2];
  z[j4] = z[j4p2 + 2] * (z[j4p2] / z[j4 - 2]);
  const dn = z[j4p2 + 2] * (dnm1 / z[j4 - 2]) - tau;
  dmin = Math.min(dmin, dn);
  z[j4 + 2] = dn;
  z[4 * n0 - pp] = emin;
  Object.assign(s, { dmin, dn, dn1: dnm1, dn2: dnm2 });
}

/** dlasq6: one dqd transform (zero shift) guarded against underflow and overflow. */
function lasq6(z: Float64Array, s: State): void {
  const { i0, n0, pp } = s;
  if (n0 - i0 - 1 <= 0) return;
  const safmin = SAFMIN;
  let j4 = 4 * i0 + pp - 3;
  let emin = z[j4 + 4];
  let d = z[j4];
  let dmin = d;
  const step = (a: number, b: number, c: number, dd: number): number => {
    // z[a] = dd + z[b]; the new e into z[c]; returns the new d
    z[a] = dd + z[b];
    if (z[a] === 0) {
      z[c] = 0;
      const nd = z[b + 2];
      dmin = nd;
      emin = 0;
      return nd;
    }
    let nd: number;
    if (safmin * z[b + 2] < z[a] && safmin * z[a] < z[b + 2]) {
      const temp = z[b + 2] / z[a];
      z[c] = z[b] * temp;
      nd = dd * temp;
    } else {
      z[c] = z[b + 2] * (z[b] / z[a]);
      nd = z[b + 2] * (dd / z[a]);
    }
    return nd;
  };
  for (j4 = 4 * i0; j4 <= 4 * (n0 - 3); j4 += 4) {
    d = pp === 0 ? step(j4 - 2, j4 - 1, j4, d) : step(j4 - 3, j4, j4 - 1, d);
    dmin = Math.min(dmin, d);
    emin = Math.min(emin, z[pp === 0 ? j4 : j4 - 1]);
  }
  const dnm2 = d;
  s.dmin2 = dmin;
  j4 = 4 * (n0 - 2) - pp;
  let j4p2 = j4 + 2 * pp - 1;
  const dnm1 = step(j4 - 2, j4p2, j4, dnm2);
  dmin = Math.min(dmin, dnm1);
  s.dmin1 = dmin;
  j4 += 4;
  j4p2 = j4 + 2 * pp - 1;
  const dn = step(j4 - 2, j4p2, j4, dnm1);
  dmin = Math.min(dmin, dn);
  z[j4 + 2] = dn;
  z[4 * n0 - pp] = emin;
  Object.assign(s, { dmin, dn, dn1: dnm1, dn2: dnm2 });
}
