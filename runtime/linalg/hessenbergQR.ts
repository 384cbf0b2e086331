/**
 * The double-shift QR algorithm on an upper Hessenberg matrix (LAPACK's dlahqr, which dhseqr uses for
 * matrices up to 75 rows): Francis double shifts with exceptional shifts every 10th iteration since a
 * deflation, the Ahues–Tisseur small-subdiagonal test, and each converged 2×2 block put in standard
 * Schur form by dlanv2, so complex conjugate pairs come out as (wr ± i·wi) with wi > 0 first.
 * Eigenvalues appear in the order the Schur form holds them, which is the order NumPy's eig returns.
 *
 * With `wantT` the full Schur form T is computed (needed for eigenvectors); with `z` the Schur vectors
 * are accumulated into it. 1-based indices, as SRC/dlahqr.f and dlanv2.f (LAPACK 3.12).
 */
import { ULP, SAFMIN, sign, lapy2, rot } from './blas';
import { larfg } from './householder';

const MULTPL = 4;

/** dlanv2: standardize the 2×2 block [[a, b], [c, d]]: returns [a, b, c, d, rt1r, rt1i, rt2r, rt2i, cs, sn]. */
export function lanv2(a: number, b: number, c: number, d: number): number[] {
  const eps = ULP;
  let cs = 1, sn = 0;
  if (c === 0) {
    cs = 1;
    sn = 0;
  } else if (b === 0) {
    // swap rows and columns
    cs = 0;
    sn = 1;
    const temp = d;
    d = a;
    a = temp;
    b = -c;
    c = 0;
  } else if (a - d === 0 && sign(1, b) !== sign(1, c)) {
    cs = 1;
    sn = 0;
  } else {
    const temp = a - d;
    let p = 0.5 * temp;
    const bcmax = Math.max(Math.abs(b), Math.abs(c));
    const bcmis = Math.min(Math.abs(b), Math.abs(c)) * sign(1, b) * sign(1, c);
    const scale = Math.max(Math.abs(p), bcmax);
    let z = (p / scale) * p + (bcmax / scale) * bcmis;
    if (z >= MULTPL * eps) {
      // real eigenvalues: compute a and d
      z = p + sign(Math.sqrt(scale) * Math.sqrt(z), p);
      a = d + z;
      d = d - (bcmax / z) * bcmis;
      const tau = lapy2(c, z);
      cs = z / tau;
      sn = c / tau;
      b = b - c;
      c = 0;
    } else {
      // complex or almost equal real eigenvalues: make the diagonal equal
      const sigma = b + c;
      const tau = lapy2(sigma, temp);
      cs = Math.sqrt(0.5 * (1 + Math.abs(sigma) / tau));
      sn = -(p / (tau * cs)) * sign(1, sigma);
      const aa = a * cs + b * sn, bb = -a * sn + b * cs;
      const cc = c * cs + d * sn, dd = -c * sn + d * cs;
      a = aa * cs + cc * sn;
      b = bb * cs + dd * sn;
      c = -aa * sn + cc * cs;
      d = -bb * sn + dd * cs;
      const t = 0.5 * (a + d);
      a = t;
      d = t;
      if (c !== 0) {
        if (b !== 0) {
          if (sign(1, b) === sign(1, c)) {
            // real eigenvalues: reduce to upper triangular form
            const sab = Math.sqrt(Math.abs(b)), sac = Math.sqrt(Math.abs(c));
            p = sign(sab * sac, c);
            const tau2 = 1 / Math.sqrt(Math.abs(b + c));
            a = t + p;
            d = t - p;
            b = b - c;
            c = 0;
            const cs1 = sab * tau2, sn1 = sac * tau2;
            const t2 = cs * cs1 - sn * sn1;
            sn = cs * sn1 + sn * cs1;
            cs = t2;
          }
        } else {
          b = -c;
          c = 0;
          const t2 = cs;
          cs = -sn;
          sn = t2;
        }
      }
    }
  }
  const rt1r = a, rt2r = d;
  let rt1i = 0, rt2i = 0;
  if (c !== 0) {
    rt1i = Math.sqrt(Math.abs(b)) * Math.sqrt(Math.abs(c));
    rt2i = -rt1i;
  }
  return [a, b, c, d, rt1r, rt1i, rt2r, rt2i, cs, sn];
}

const DAT1 = 3 / 4, DAT2 = -0.4375, KEXSH = 10;

/**
 * dlahqr on rows/columns ilo..ihi of the n×n Hessenberg `h` (column-major). Eigenvalues go to wr/wi
 * (1-based); returns INFO (0, or the index of the first unconverged eigenvalue).
 */
export function lahqr(wantT: boolean, n: number, ilo: number, ihi: number, h: Float64Array, wr: Float64Array, wi: Float64Array, z: Float64Array | null): number {
  const H = (i: number, j: number) => i - 1 + (j - 1) * n;
  if (n === 0) return 0;
  if (ilo === ihi) {
    wr[ilo] = h[H(ilo, ilo)];
    wi[ilo] = 0;
    return 0;
  }
  // clear out the trash
  for (let j = ilo; j <= ihi - 3; j++) {
    h[H(j + 2, j)] = 0;
    h[H(j + 3, j)] = 0;
  }
  if (ilo <= ihi - 2) h[H(ihi, ihi - 2)] = 0;
  const nh = ihi - ilo + 1;
  const iloz = ilo, ihiz = ihi, nz = ihiz - iloz + 1;
  const safmin = SAFMIN, ulp = ULP;
  const smlnum = safmin * (nh / ulp);
  let i1 = 1, i2 = n;
  const itmax = 30 * Math.max(10, nh);
  let kdefl = 0;
  const v = new Float64Array(3);
  let i = ihi;
  while (i >= ilo) {
    let l = ilo;
    let converged = false;
    for (let its = 0; its <= itmax; its++) {
      // look for a single small subdiagonal element
      let k: number;
      for (k = i; k >= l + 1; k--) {
        if (Math.abs(h[H(k, k - 1)]) <= smlnum) break;
        let tst = Math.abs(h[H(k - 1, k - 1)]) + Math.abs(h[H(k, k)]);
        if (tst === 0) {
          if (k - 2 >= ilo) tst += Math.abs(h[H(k - 1, k - 2)]);
          if (k + 1 <= ihi) tst += Math.abs(h[H(k + 1, k)]);
        }
        // Ahues & Tisseur's conservative deflation criterion (LAWN 122)
        if (Math.abs(h[H(k, k - 1)]) <= ulp * tst) {
          const ab = Math.max(Math.abs(h[H(k, k - 1)]), Math.abs(h[H(k - 1, k)]));
          const ba = Math.min(Math.abs(h[H(k, k - 1)]), Math.abs(h[H(k - 1, k)]));
          const aa = Math.max(Math.abs(h[H(k, k)]), Math.abs(h[H(k - 1, k - 1)] - h[H(k, k)]));
          const bb = Math.min(Math.abs(h[H(k, k)]), Math.abs(h[H(k - 1, k - 1)] - h[H(k, k)]));
          const s = aa + ab;
          if (ba * (ab / s) <= Math.max(smlnum, ulp * (bb * (aa / s)))) break;
        }
      }
      l = k;
      if (l > ilo) h[H(l, l - 1)] = 0;
      if (l >= i - 1) {
        converged = true;
        break;
      }
      kdefl++;
      if (!wantT) {
        i1 = l;
        i2 = i;
      }
      let h11: number, h12: number, h21: number, h22: number;
      if (kdefl % (2 * KEXSH) === 0) {
        // exceptional shift
        const s = Math.abs(h[H(i, i - 1)]) + Math.abs(h[H(i - 1, i - 2)]);
        h11 = DAT1 * s + h[H(i, i)];
        h12 = DAT2 * s;
        h21 = s;
        h22 = h11;
      } else if (kdefl % KEXSH === 0) {
        const s = Math.abs(h[H(l + 1, l)]) + Math.abs(h[H(l + 2, l + 1)]);
        h11 = DAT1 * s + h[H(l, l)];
        h12 = DAT2 * s;
        h21 = s;
        h22 = h11;
      } else {
        // Francis' double shift (2nd degree generalized Rayleigh quotient)
        h11 = h[H(i - 1, i - 1)];
        h21 = h[H(i, i - 1)];
        h12 = h[H(i - 1, i)];
        h22 = h[H(i, i)];
      }
      const s0 = Math.abs(h11) + Math.abs(h12) + Math.abs(h21) + Math.abs(h22);
      let rt1r: number, rt1i: number, rt2r: number, rt2i: number;
      if (s0 === 0) rt1r = rt1i = rt2r = rt2i = 0;
      else {
        h11 /= s0;
        h21 /= s0;
        h12 /= s0;
        h22 /= s0;
        const tr = (h11 + h22) / 2;
        const det = (h11 - tr) * (h22 - tr) - h12 * h21;
        const rtdisc = Math.sqrt(Math.abs(det));
        if (det >= 0) {
          // complex conjugate shifts
          rt1r = tr * s0;
          rt2r = rt1r;
          rt1i = rtdisc * s0;
          rt2i = -rt1i;
        } else {
          // real shifts (use only one of them)
          rt1r = tr + rtdisc;
          rt2r = tr - rtdisc;
          if (Math.abs(rt1r - h22) <= Math.abs(rt2r - h22)) {
            rt1r *= s0;
            rt2r = rt1r;
          } else {
            rt2r *= s0;
            rt1r = rt2r;
          }
          rt1i = rt2i = 0;
        }
      }
      // look for two consecutive small subdiagonal elements
      let m: number;
      for (m = i - 2; m >= l; m--) {
        let h21s = h[H(m + 1, m)];
        let s = Math.abs(h[H(m, m)] - rt2r) + Math.abs(rt2i) + Math.abs(h21s);
        h21s = h[H(m + 1, m)] / s;
        v[0] = h21s * h[H(m, m + 1)] + (h[H(m, m)] - rt1r) * ((h[H(m, m)] - rt2r) / s) - rt1i * (rt2i / s);
        v[1] = h21s * (h[H(m, m)] + h[H(m + 1, m + 1)] - rt1r - rt2r);
        v[2] = h21s * h[H(m + 2, m + 1)];
        s = Math.abs(v[0]) + Math.abs(v[1]) + Math.abs(v[2]);
        v[0] /= s;
        v[1] /= s;
        v[2] /= s;
        if (m === l) break;
        const h00 = Math.abs(h[H(m, m - 1)]) * (Math.abs(v[1]) + Math.abs(v[2]));
        const h01 = ulp * Math.abs(v[0]) * (Math.abs(h[H(m - 1, m - 1)]) + Math.abs(h[H(m, m)]) + Math.abs(h[H(m + 1, m + 1)]));
        if (h00 <= h01) break;
      }
      // double-shift QR step
      for (let k2 = m; k2 <= i - 1; k2++) {
        const nr = Math.min(3, i - k2 + 1);
        if (k2 > m) for (let q = 0; q < nr; q++) v[q] = h[H(k2 + q, k2 - 1)];
        const t1 = larfg(nr, v, 0, 1, 1);
        if (k2 > m) {
          h[H(k2, k2 - 1)] = v[0];
          h[H(k2 + 1, k2 - 1)] = 0;
          if (k2 < i - 1) h[H(k2 + 2, k2 - 1)] = 0;
        } else if (m > l) {
          // avoids a bug when v(2) and v(3) underflow
          h[H(k2, k2 - 1)] *= 1 - t1;
        }
        const v2 = v[1], t2 = t1 * v2;
        if (nr === 3) {
          const v3 = v[2], t3 = t1 * v3;
          for (let j = k2; j <= i2; j++) {
            const sum = h[H(k2, j)] + v2 * h[H(k2 + 1, j)] + v3 * h[H(k2 + 2, j)];
            h[H(k2, j)] -= sum * t1;
            h[H(k2 + 1, j)] -= sum * t2;
            h[H(k2 + 2, j)] -= sum * t3;
          }
          for (let j = i1; j <= Math.min(k2 + 3, i); j++) {
            const sum = h[H(j, k2)] + v2 * h[H(j, k2 + 1)] + v3 * h[H(j, k2 + 2)];
            h[H(j, k2)] -= sum * t1;
            h[H(j, k2 + 1)] -= sum * t2;
            h[H(j, k2 + 2)] -= sum * t3;
          }
          if (z) {
            for (let j = iloz; j <= ihiz; j++) {
              const sum = z[H(j, k2)] + v2 * z[H(j, k2 + 1)] + v3 * z[H(j, k2 + 2)];
              z[H(j, k2)] -= sum * t1;
              z[H(j, k2 + 1)] -= sum * t2;
              z[H(j, k2 + 2)] -= sum * t3;
            }
          }
        } else if (nr === 2) {
          for (let j = k2; j <= i2; j++) {
            const sum = h[H(k2, j)] + v2 * h[H(k2 + 1, j)];
            h[H(k2, j)] -= sum * t1;
            h[H(k2 + 1, j)] -= sum * t2;
          }
          for (let j = i1; j <= i; j++) {
            const sum = h[H(j, k2)] + v2 * h[H(j, k2 + 1)];
            h[H(j, k2)] -= sum * t1;
            h[H(j, k2 + 1)] -= sum * t2;
          }
          if (z) {
            for (let j = iloz; j <= ihiz; j++) {
              const sum = z[H(j, k2)] + v2 * z[H(j, k2 + 1)];
              z[H(j, k2)] -= sum * t1;
              z[H(j, k2 + 1)] -= sum * t2;
            }
          }
        }
      }
    }
    if (!converged) return i;
    if (l === i) {
      // H(i, i-1) is negligible: one eigenvalue has converged
      wr[i] = h[H(i, i)];
      wi[i] = 0;
    } else if (l === i - 1) {
      // a pair has converged: standardize the 2×2 block
      const r = lanv2(h[H(i - 1, i - 1)], h[H(i - 1, i)], h[H(i, i - 1)], h[H(i, i)]);
      [h[H(i - 1, i - 1)], h[H(i - 1, i)], h[H(i, i - 1)], h[H(i, i)]] = r;
      [wr[i - 1], wi[i - 1], wr[i], wi[i]] = r.slice(4, 8);
      const cs = r[8], sn = r[9];
      if (wantT) {
        if (i2 > i) rot(i2 - i, h, H(i - 1, i + 1), n, h, H(i, i + 1), n, cs, sn);
        rot(i - i1 - 1, h, H(i1, i - 1), 1, h, H(i1, i), 1, cs, sn);
      }
      if (z) rot(nz, z, H(iloz, i - 1), 1, z, H(iloz, i), 1, cs, sn);
    }
    kdefl = 0;
    i = l - 1;
  }
  return 0;
}
