/**
 * Right eigenvectors of a real upper quasi-triangular Schur form T, back-transformed by the Schur
 * vectors Q (LAPACK's dtrevc3 with SIDE='R', HOWMNY='B'): for each eigenvalue, from the last, solve
 * (T - λ)·x = 0 by back substitution over 1×1 and 2×2 diagonal blocks with dlaln2 (which guards
 * against overflow), then form Q·x. A complex pair (wr ± i·wi) yields one complex vector stored as
 * two real columns (real part, imaginary part). Vectors are scaled so their largest entry (by |re| +
 * |im|) is 1; dgeev renormalizes them afterwards.
 *
 * As NumPy supplies dtrevc3 an optimal workspace, the back-transform is its blocked form (one matrix
 * product over all vectors). Source: LAPACK 3.12 SRC/dtrevc3.f, dlaln2.f, dladiv.f.
 */
import { ULP, SAFMIN, EPS, axpy, iamax, gemm } from './blas';

/** dladiv (Baudin & Smith's robust complex division): (a + ib)/(c + id) as [p, q]. */
export function ladiv(a: number, b: number, c: number, d: number): [number, number] {
  let aa = a, bb = b, cc = c, dd = d;
  const ab = Math.max(Math.abs(a), Math.abs(b));
  const cd = Math.max(Math.abs(c), Math.abs(d));
  let s = 1;
  const ov = Number.MAX_VALUE, un = SAFMIN, eps = EPS, bs = 2;
  const be = bs / (eps * eps);
  if (ab >= 0.5 * ov) {
    aa *= 0.5;
    bb *= 0.5;
    s *= 2;
  }
  if (cd >= 0.5 * ov) {
    cc *= 0.5;
    dd *= 0.5;
    s *= 0.5;
  }
  if (ab <= (un * bs) / eps) {
    aa *= be;
    bb *= be;
    s /= be;
  }
  if (cd <= (un * bs) / eps) {
    cc *= be;
    dd *= be;
    s *= be;
  }
  let p: number, q: number;
  if (Math.abs(d) <= Math.abs(c)) [p, q] = ladiv1(aa, bb, cc, dd);
  else {
    [p, q] = ladiv1(bb, aa, dd, cc);
    q = -q;
  }
  return [p * s, q * s];
}
function ladiv1(a: number, b: number, c: number, d: number): [number, number] {
  const r = d / c;
  const t = 1 / (c + d * r);
  const p = ladiv2(a, b, c, d, r, t);
  const q = ladiv2(b, -a, c, d, r, t);
  return [p, q];
}
function ladiv2(a: number, b: number, c: number, d: number, r: number, t: number): number {
  if (r !== 0) {
    const br = b * r;
    return br !== 0 ? (a + br) * t : a * t + b * t * r;
  }
  return (a + d * (b / c)) * t;
}

// dlaln2's pivot tables for complete pivoting on a 2×2 (column-major CRV = C11, C21, C12, C22)
const ZSWAP = [false, false, true, true];
const RSWAP = [false, true, false, true];
const IPIVOT = [
  [0, 1, 2, 3],
  [1, 0, 3, 2],
  [2, 3, 0, 1],
  [3, 2, 1, 0],
];

export interface Solve2 {
  /** x as [x11, x21, x12, x22] (column 2 = imaginary parts when nw = 2) */
  x: number[];
  scale: number;
  xnorm: number;
}

/**
 * dlaln2 with ca = d1 = d2 = 1, not transposed: solve (A - (wr + i·wi))·X = scale·B for the na×na
 * block A of t at (j, j), B given as [b11, b21, b12, b22].
 */
export function laln2(na: number, nw: number, smin: number, t: Float64Array, n: number, j: number, b: number[], wr: number, wi: number): Solve2 {
  const smlnum = 2 * SAFMIN, bignum = 1 / smlnum;
  const smini = Math.max(smin, smlnum);
  const A = (r: number, c: number) => t[j - 1 + r + (j - 1 + c) * n];
  let scale = 1;
  if (na === 1) {
    if (nw === 1) {
      let csr = A(0, 0) - wr;
      let cnorm = Math.abs(csr);
      if (cnorm < smini) {
        csr = smini;
        cnorm = smini;
      }
      const bnorm = Math.abs(b[0]);
      if (cnorm < 1 && bnorm > 1 && bnorm > bignum * cnorm) scale = 1 / bnorm;
      const x = (b[0] * scale) / csr;
      return { x: [x, 0, 0, 0], scale, xnorm: Math.abs(x) };
    }
    let csr = A(0, 0) - wr, csi = -wi;
    let cnorm = Math.abs(csr) + Math.abs(csi);
    if (cnorm < smini) {
      csr = smini;
      csi = 0;
      cnorm = smini;
    }
    const bnorm = Math.abs(b[0]) + Math.abs(b[2]);
    if (cnorm < 1 && bnorm > 1 && bnorm > bignum * cnorm) scale = 1 / bnorm;
    const [xr, xi] = ladiv(scale * b[0], scale * b[2], csr, csi);
    return { x: [xr, 0, xi, 0], scale, xnorm: Math.abs(xr) + Math.abs(xi) };
  }
  // 2×2: the real part of C = A - wr·I, column-major
  const crv = [A(0, 0) - wr, A(1, 0), A(0, 1), A(1, 1) - wr];
  if (nw === 1) {
    let cmax = 0, icmax = -1;
    for (let k = 0; k < 4; k++) {
      if (Math.abs(crv[k]) > cmax) {
        cmax = Math.abs(crv[k]);
        icmax = k;
      }
    }
    if (cmax < smini) {
      const bnorm = Math.max(Math.abs(b[0]), Math.abs(b[1]));
      if (smini < 1 && bnorm > 1 && bnorm > bignum * smini) scale = 1 / bnorm;
      const temp = scale / smini;
      return { x: [temp * b[0], temp * b[1], 0, 0], scale, xnorm: temp * bnorm };
    }
    // Gaussian elimination with complete pivoting
    const ur11 = crv[icmax], cr21 = crv[IPIVOT[icmax][1]], ur12 = crv[IPIVOT[icmax][2]], cr22 = crv[IPIVOT[icmax][3]];
    const ur11r = 1 / ur11;
    const lr21 = ur11r * cr21;
    let ur22 = cr22 - ur12 * lr21;
    if (Math.abs(ur22) < smini) ur22 = smini;
    let br1: number, br2: number;
    if (RSWAP[icmax]) {
      br1 = b[1];
      br2 = b[0];
    } else {
      br1 = b[0];
      br2 = b[1];
    }
    br2 = br2 - lr21 * br1;
    const bbnd = Math.max(Math.abs(br1 * (ur22 * ur11r)), Math.abs(br2));
    if (bbnd > 1 && Math.abs(ur22) < 1 && bbnd >= bignum * Math.abs(ur22)) scale = 1 / bbnd;
    const xr2 = (br2 * scale) / ur22;
    const xr1 = scale * br1 * ur11r - xr2 * (ur11r * ur12);
    const x = ZSWAP[icmax] ? [xr2, xr1, 0, 0] : [xr1, xr2, 0, 0];
    let xnorm = Math.max(Math.abs(xr1), Math.abs(xr2));
    if (xnorm > 1 && cmax > 1 && xnorm > bignum / cmax) {
      const temp = cmax / bignum;
      for (let k = 0; k < 2; k++) x[k] *= temp;
      xnorm *= temp;
      scale *= temp;
    }
    return { x, scale, xnorm };
  }
  // complex 2×2 system
  const civ = [-wi, 0, 0, -wi];
  let cmax = 0, icmax = -1;
  for (let k = 0; k < 4; k++) {
    if (Math.abs(crv[k]) + Math.abs(civ[k]) > cmax) {
      cmax = Math.abs(crv[k]) + Math.abs(civ[k]);
      icmax = k;
    }
  }
  if (cmax < smini) {
    const bnorm = Math.max(Math.abs(b[0]) + Math.abs(b[2]), Math.abs(b[1]) + Math.abs(b[3]));
    if (smini < 1 && bnorm > 1 && bnorm > bignum * smini) scale = 1 / bnorm;
    const temp = scale / smini;
    return { x: b.map((v) => temp * v), scale, xnorm: temp * bnorm };
  }
  const ur11 = crv[icmax], ui11 = civ[icmax];
  const cr21 = crv[IPIVOT[icmax][1]], ci21 = civ[IPIVOT[icmax][1]];
  const ur12 = crv[IPIVOT[icmax][2]], ui12 = civ[IPIVOT[icmax][2]];
  const cr22 = crv[IPIVOT[icmax][3]], ci22 = civ[IPIVOT[icmax][3]];
  let ur11r: number, ui11r: number, lr21: number, li21: number, ur12s: number, ui12s: number, ur22: number, ui22: number;
  if (icmax === 0 || icmax === 3) {
    // off-diagonals of the pivoted C are real
    if (Math.abs(ur11) > Math.abs(ui11)) {
      const temp = ui11 / ur11;
      ur11r = 1 / (ur11 * (1 + temp ** 2));
      ui11r = -temp * ur11r;
    } else {
      const temp = ur11 / ui11;
      ui11r = -1 / (ui11 * (1 + temp ** 2));
      ur11r = -temp * ui11r;
    }
    lr21 = cr21 * ur11r;
    li21 = cr21 * ui11r;
    ur12s = ur12 * ur11r;
    ui12s = ur12 * ui11r;
    ur22 = cr22 - ur12 * lr21;
    ui22 = ci22 - ur12 * li21;
  } else {
    // diagonals of the pivoted C are real
    ur11r = 1 / ur11;
    ui11r = 0;
    lr21 = cr21 * ur11r;
    li21 = ci21 * ur11r;
    ur12s = ur12 * ur11r;
    ui12s = ui12 * ur11r;
    ur22 = cr22 - ur12 * lr21 + ui12 * li21;
    ui22 = -ur12 * li21 - ui12 * lr21;
  }
  const u22abs = Math.abs(ur22) + Math.abs(ui22);
  if (u22abs < smini) {
    ur22 = smini;
    ui22 = 0;
  }
  let br1: number, br2: number, bi1: number, bi2: number;
  if (RSWAP[icmax]) {
    br2 = b[0];
    br1 = b[1];
    bi2 = b[2];
    bi1 = b[3];
  } else {
    br1 = b[0];
    br2 = b[1];
    bi1 = b[2];
    bi2 = b[3];
  }
  br2 = br2 - lr21 * br1 + li21 * bi1;
  bi2 = bi2 - li21 * br1 - lr21 * bi1;
  const bbnd = Math.max((Math.abs(br1) + Math.abs(bi1)) * (u22abs * (Math.abs(ur11r) + Math.abs(ui11r))), Math.abs(br2) + Math.abs(bi2));
  if (bbnd > 1 && u22abs < 1 && bbnd >= bignum * u22abs) {
    scale = 1 / bbnd;
    br1 *= scale;
    bi1 *= scale;
    br2 *= scale;
    bi2 *= scale;
  }
  const [xr2, xi2] = ladiv(br2, bi2, ur22, ui22);
  const xr1 = ur11r * br1 - ui11r * bi1 - ur12s * xr2 + ui12s * xi2;
  const xi1 = ui11r * br1 + ur11r * bi1 - ui12s * xr2 - ur12s * xi2;
  const x = ZSWAP[icmax] ? [xr2, xr1, xi2, xi1] : [xr1, xr2, xi1, xi2];
  let xnorm = Math.max(Math.abs(xr1) + Math.abs(xi1), Math.abs(xr2) + Math.abs(xi2));
  if (xnorm > 1 && cmax > 1 && xnorm > bignum / cmax) {
    const temp = cmax / bignum;
    for (let k = 0; k < 4; k++) x[k] *= temp;
    xnorm *= temp;
    scale *= temp;
  }
  return { x, scale, xnorm };
}

/**
 * dtrevc3('R', 'B'): right eigenvectors of the n×n quasi-triangular `t`, multiplied by the Schur
 * vectors `q` (n×n); returns the n×n matrix of vectors (a complex pair as two columns).
 */
export function trevc(n: number, t: Float64Array, q: Float64Array): Float64Array {
  const T = (i: number, j: number) => t[i - 1 + (j - 1) * n];
  const unfl = SAFMIN, ulp = ULP;
  const smlnum = unfl * (n / ulp), bignum = (1 - ulp) / smlnum;
  // 1-norms of the strictly upper triangular columns (overflow control)
  const cnorm = new Float64Array(n + 1);
  for (let j = 2; j <= n; j++) for (let i = 1; i <= j - 1; i++) cnorm[j] += Math.abs(T(i, j));
  // x vectors as columns of an n×n matrix (zero below their last entry), and their kind
  const x = new Float64Array(n * n);
  const kind = new Int8Array(n + 1);
  let ip = 0;
  for (let ki = n; ki >= 1; ki--) {
    if (ip === -1) {
      ip = 1;
      continue;
    }
    ip = ki === 1 || T(ki, ki - 1) === 0 ? 0 : -1;
    const wr = T(ki, ki);
    const wi = ip !== 0 ? Math.sqrt(Math.abs(T(ki, ki - 1))) * Math.sqrt(Math.abs(T(ki - 1, ki))) : 0;
    const smin = Math.max(ulp * (Math.abs(wr) + Math.abs(wi)), smlnum);
    if (ip === 0) {
      const w = ki - 1; // column of x (0-based)
      const W = (i: number) => i - 1 + w * n;
      x[W(ki)] = 1;
      for (let k = 1; k <= ki - 1; k++) x[W(k)] = -T(k, ki);
      let jnxt = ki - 1;
      for (let j = ki - 1; j >= 1; j--) {
        if (j > jnxt) continue;
        let j1 = j;
        jnxt = j - 1;
        if (j > 1 && T(j, j - 1) !== 0) {
          j1 = j - 1;
          jnxt = j - 2;
        }
        if (j1 === j) {
          const r = laln2(1, 1, smin, t, n, j, [x[W(j)], 0, 0, 0], wr, 0);
          let s = r.scale;
          if (r.xnorm > 1 && cnorm[j] > bignum / r.xnorm) {
            r.x[0] /= r.xnorm;
            s /= r.xnorm;
          }
          if (s !== 1) for (let k = 1; k <= ki; k++) x[W(k)] *= s;
          x[W(j)] = r.x[0];
          axpy(j - 1, -r.x[0], t, (j - 1) * n, 1, x, W(1), 1);
        } else {
          const r = laln2(2, 1, smin, t, n, j - 1, [x[W(j - 1)], x[W(j)], 0, 0], wr, 0);
          let s = r.scale;
          if (r.xnorm > 1) {
            const beta = Math.max(cnorm[j - 1], cnorm[j]);
            if (beta > bignum / r.xnorm) {
              r.x[0] /= r.xnorm;
              r.x[1] /= r.xnorm;
              s /= r.xnorm;
            }
          }
          if (s !== 1) for (let k = 1; k <= ki; k++) x[W(k)] *= s;
          x[W(j - 1)] = r.x[0];
          x[W(j)] = r.x[1];
          axpy(j - 2, -r.x[0], t, (j - 2) * n, 1, x, W(1), 1);
          axpy(j - 2, -r.x[1], t, (j - 1) * n, 1, x, W(1), 1);
        }
      }
      kind[ki] = 0;
    } else {
      // complex pair: real part in column ki-1, imaginary part in column ki
      const R = (i: number) => i - 1 + (ki - 2) * n, I = (i: number) => i - 1 + (ki - 1) * n;
      if (Math.abs(T(ki - 1, ki)) >= Math.abs(T(ki, ki - 1))) {
        x[R(ki - 1)] = 1;
        x[I(ki)] = wi / T(ki - 1, ki);
      } else {
        x[R(ki - 1)] = -wi / T(ki, ki - 1);
        x[I(ki)] = 1;
      }
      x[R(ki)] = 0;
      x[I(ki - 1)] = 0;
      for (let k = 1; k <= ki - 2; k++) {
        x[R(k)] = -x[R(ki - 1)] * T(k, ki - 1);
        x[I(k)] = -x[I(ki)] * T(k, ki);
      }
      let jnxt = ki - 2;
      for (let j = ki - 2; j >= 1; j--) {
        if (j > jnxt) continue;
        let j1 = j;
        jnxt = j - 1;
        if (j > 1 && T(j, j - 1) !== 0) {
          j1 = j - 1;
          jnxt = j - 2;
        }
        const rescale = (s: number) => {
          if (s === 1) return;
          for (let k = 1; k <= ki; k++) {
            x[R(k)] *= s;
            x[I(k)] *= s;
          }
        };
        if (j1 === j) {
          const r = laln2(1, 2, smin, t, n, j, [x[R(j)], 0, x[I(j)], 0], wr, wi);
          let s = r.scale;
          if (r.xnorm > 1 && cnorm[j] > bignum / r.xnorm) {
            r.x[0] /= r.xnorm;
            r.x[2] /= r.xnorm;
            s /= r.xnorm;
          }
          rescale(s);
          x[R(j)] = r.x[0];
          x[I(j)] = r.x[2];
          axpy(j - 1, -r.x[0], t, (j - 1) * n, 1, x, R(1), 1);
          axpy(j - 1, -r.x[2], t, (j - 1) * n, 1, x, I(1), 1);
        } else {
          const r = laln2(2, 2, smin, t, n, j - 1, [x[R(j - 1)], x[R(j)], x[I(j - 1)], x[I(j)]], wr, wi);
          let s = r.scale;
          if (r.xnorm > 1) {
            const beta = Math.max(cnorm[j - 1], cnorm[j]);
            if (beta > bignum / r.xnorm) {
              const rec = 1 / r.xnorm;
              for (let k = 0; k < 4; k++) r.x[k] *= rec;
              s *= rec;
            }
          }
          rescale(s);
          x[R(j - 1)] = r.x[0];
          x[R(j)] = r.x[1];
          x[I(j - 1)] = r.x[2];
          x[I(j)] = r.x[3];
          axpy(j - 2, -r.x[0], t, (j - 2) * n, 1, x, R(1), 1);
          axpy(j - 2, -r.x[1], t, (j - 1) * n, 1, x, R(1), 1);
          axpy(j - 2, -r.x[2], t, (j - 2) * n, 1, x, I(1), 1);
          axpy(j - 2, -r.x[3], t, (j - 1) * n, 1, x, I(1), 1);
        }
      }
      kind[ki - 1] = 1;
      kind[ki] = -1;
    }
  }
  // blocked back-transform: one product Q·X, then scale each vector so its largest entry is 1
  const v = gemm(n, n, n, q, 0, n, x, 0, n);
  let remax = 1;
  for (let k = 1; k <= n; k++) {
    const c = (k - 1) * n;
    if (kind[k] === 0) remax = 1 / Math.abs(v[c + iamax(n, v, c, 1)]);
    else if (kind[k] === 1) {
      let emax = 0;
      for (let i = 0; i < n; i++) emax = Math.max(emax, Math.abs(v[c + i]) + Math.abs(v[c + n + i]));
      remax = 1 / emax;
    }
    for (let i = 0; i < n; i++) v[c + i] *= remax;
  }
  return v;
}
