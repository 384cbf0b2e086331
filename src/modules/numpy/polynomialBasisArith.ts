/**
 * Products of coefficient series in the orthogonal bases (Chebyshev, Legendre, Hermite, HermiteE,
 * Laguerre) and what is built on them: powers, series from their roots, and the roots themselves. The
 * product follows NumPy's route for each basis so the coefficients round alike: Chebyshev series are
 * multiplied as "z-series" (the symmetric Laurent form, halved coefficients mirrored about the centre)
 * by convolution; the other bases run the Clenshaw recurrence of one factor with the other factor as
 * the constants and multiplication by x done by the basis' own `mulx` recurrence. Roots are eigenvalues
 * of each basis' scaled companion matrix, flipped both ways and sorted, as NumPy computes them.
 * Coefficients are plain float64 lists (real series only).
 */
import { NDArray } from '../../../runtime/ndarray';
import * as D from '../../../runtime/dtype';
import { throwPy } from '../../objects/errors';
import { eigvals } from './linalgSpectral';
import { fromValues } from './linalgStack';
import { sortInPlace } from './sorting';
import { convolve, realNumber, series, integral } from './polynomialCalculus';
import type { Basis } from './polynomialBases';

/** pu.trimseq: trailing zeros dropped, one coefficient kept */
function trim(c: number[]): number[] {
  let n = c.length;
  while (n > 1 && c[n - 1] === 0) n--;
  return n === c.length ? c : c.slice(0, n);
}

/** pu._add / pu._sub on trimmed operands, the result trimmed */
function addSub(a: number[], b: number[], sign: 1 | -1): number[] {
  const x = trim(a), y = trim(b);
  const out = Array.from({ length: Math.max(x.length, y.length) }, (_, i) => {
    if (i >= y.length) return x[i];
    if (i >= x.length) return sign === 1 ? y[i] : -y[i];
    return sign === 1 ? x[i] + y[i] : x[i] - y[i];
  });
  return trim(out);
}
const add = (a: number[], b: number[]): number[] => addSub(a, b, 1);
const sub = (a: number[], b: number[]): number[] => addSub(a, b, -1);
const scale = (a: number[], s: number): number[] => a.map((v) => v * s);

/** multiplication by x in each non-Chebyshev basis (the <p>mulx routines) */
function mulx(prefix: string, cIn: number[]): number[] {
  const c = trim(cIn);
  if (c.length === 1 && c[0] === 0) return c;
  const n = c.length;
  const prd = new Array(n + 1).fill(0);
  switch (prefix) {
    case 'leg':
      prd[0] = c[0] * 0;
      prd[1] = c[0];
      for (let i = 1; i < n; i++) {
        prd[i + 1] = (c[i] * (i + 1)) / (2 * i + 1);
        prd[i - 1] += (c[i] * i) / (2 * i + 1);
      }
      return prd;
    case 'herm':
      prd[0] = c[0] * 0;
      prd[1] = c[0] / 2;
      for (let i = 1; i < n; i++) {
        prd[i + 1] = c[i] / 2;
        prd[i - 1] += c[i] * i;
      }
      return prd;
    case 'herme':
      prd[0] = c[0] * 0;
      prd[1] = c[0];
      for (let i = 1; i < n; i++) {
        prd[i + 1] = c[i];
        prd[i - 1] += c[i] * i;
      }
      return prd;
    default: // Laguerre
      prd[0] = c[0];
      prd[1] = -c[0];
      for (let i = 1; i < n; i++) {
        prd[i + 1] = -c[i] * (i + 1);
        prd[i] += c[i] * (2 * i + 1);
        prd[i - 1] -= c[i] * i;
      }
      return prd;
  }
}

/** <p>mulx: the series times x (Chebyshev: x·T₀ = T₁, x·Tₖ = (Tₖ₋₁ + Tₖ₊₁)/2) */
export function basisMulx(b: Basis, cIn: number[]): number[] {
  if (b.prefix !== 'cheb') return mulx(b.prefix, cIn);
  const c = trim(cIn);
  if (c.length === 1 && c[0] === 0) return c;
  const prd = new Array(c.length + 1).fill(0);
  prd[0] = c[0] * 0;
  prd[1] = c[0];
  for (let i = 1; i < c.length; i++) {
    prd[i + 1] = c[i] / 2;
    prd[i - 1] += c[i] / 2;
  }
  return prd;
}

/** chebyshev z-series: c[k]/2 mirrored about the centre */
function toZ(c: number[]): number[] {
  const n = c.length;
  const z = new Array(2 * n - 1).fill(0);
  for (let k = 0; k < n; k++) {
    z[n - 1 + k] += c[k] / 2;
    z[n - 1 - k] += c[k] / 2;
  }
  return z;
}

function fromZ(z: number[]): number[] {
  const n = (z.length + 1) >> 1;
  return z.slice(n - 1).map((v, k) => (k === 0 ? v : v * 2));
}

/** one step of the product recurrence: (c0, c1) from the next constant term `ci` at degree nd */
type Step = (ci: number[], c0: number[], c1: number[], nd: number) => [number[], number[]];

const STEPS: Record<string, { step: Step; last: (c0: number[], c1: number[]) => number[] }> = {
  leg: {
    step: (ci, c0, c1, nd) => [sub(ci, scale(c1, nd - 1).map((v) => v / nd)), add(c0, scale(mulx('leg', c1), 2 * nd - 1).map((v) => v / nd))],
    last: (c0, c1) => add(c0, mulx('leg', c1)),
  },
  herm: {
    step: (ci, c0, c1, nd) => [sub(ci, scale(c1, 2 * (nd - 1))), add(c0, scale(mulx('herm', c1), 2))],
    last: (c0, c1) => add(c0, scale(mulx('herm', c1), 2)),
  },
  herme: {
    step: (ci, c0, c1, nd) => [sub(ci, scale(c1, nd - 1)), add(c0, mulx('herme', c1))],
    last: (c0, c1) => add(c0, mulx('herme', c1)),
  },
  lag: {
    step: (ci, c0, c1, nd) => [sub(ci, scale(c1, nd - 1).map((v) => v / nd)), add(c0, sub(scale(c1, 2 * nd - 1), mulx('lag', c1)).map((v) => v / nd))],
    last: (c0, c1) => add(c0, sub(c1, mulx('lag', c1))),
  },
};

/** <p>mul: the product of two series of basis b */
export function basisMul(b: Basis, c1In: number[], c2In: number[]): number[] {
  const a = trim(c1In), bb = trim(c2In);
  if (b.prefix === 'cheb') return trim(fromZ(convolve(toZ(a), toZ(bb))));
  const [c, xs] = a.length > bb.length ? [bb, a] : [a, bb];
  const { step, last } = STEPS[b.prefix];
  const n = c.length;
  let c0: number[], c1: number[];
  if (n === 1) (c0 = scale(xs, c[0])), (c1 = [0]);
  else {
    c0 = scale(xs, c[n - 2]);
    c1 = scale(xs, c[n - 1]);
    for (let i = 3, nd = n; i <= n; i++) {
      nd--;
      [c0, c1] = step(scale(xs, c[n - i]), c0, c1, nd);
    }
  }
  return last(c0, c1);
}

/** <p>pow: Chebyshev by repeated convolution of the z-series (untrimmed), the others by repeated <p>mul */
export function basisPow(b: Basis, cIn: number[], powArg: any, maxpower: number | null): number[] {
  const c = trim(cIn);
  const pow = realNumber(powArg);
  if (!Number.isInteger(pow) || pow < 0) throwPy('ValueError', 'Power must be a non-negative integer.');
  if (maxpower !== null && pow > maxpower) throwPy('ValueError', 'Power is too large');
  if (pow === 0) return [1];
  if (pow === 1) return c;
  if (b.prefix === 'cheb') {
    const z = toZ(c);
    let prd = z;
    for (let i = 2; i <= pow; i++) prd = convolve(prd, z);
    return fromZ(prd);
  }
  let prd = c;
  for (let i = 2; i <= pow; i++) prd = basisMul(b, prd, c);
  return prd;
}

/** the z-series long division from both ends at once (Chebyshev), quotient and remainder as z-series */
function zDiv(z1In: number[], z2In: number[]): [number[], number[]] {
  const z1 = z1In.slice(), lc1 = z1.length, lc2 = z2In.length;
  const scl = z2In[0];
  const z2 = z2In.map((v) => v / scl);
  const dlen = lc1 - lc2;
  const quo = new Array(dlen + 1).fill(0);
  const subtract = (at: number, r: number) => z2.forEach((v, k) => (z1[at + k] -= r * v));
  let i = 0, j = dlen;
  for (; i < j; i++, j--) {
    const r = z1[i];
    quo[i] = r;
    quo[dlen - i] = r;
    subtract(i, r);
    subtract(j, r);
  }
  quo[i] = z1[i];
  subtract(i, z1[i]);
  return [quo.map((v) => v / scl), z1.slice(i + 1, i - 1 + lc2)];
}

/** <p>div: quotient and remainder; Chebyshev through z-series, the others by subtracting multiples of c2·Pᵢ */
export function basisDiv(b: Basis, c1In: number[], c2In: number[]): [number[], number[]] {
  const c1 = trim(c1In), c2 = trim(c2In);
  if (c2[c2.length - 1] === 0) throwPy('ZeroDivisionError', '');
  const lc1 = c1.length, lc2 = c2.length;
  if (lc1 < lc2) return [[c1[0] * 0], c1];
  if (lc2 === 1) return [c1.map((v) => v / c2[0]), [c1[0] * 0]];
  if (b.prefix === 'cheb') {
    const [q, r] = zDiv(toZ(c1), toZ(c2));
    return [trim(fromZ(q)), trim(fromZ(r))];
  }
  const quo = new Array(lc1 - lc2 + 1).fill(0);
  let rem = c1;
  for (let i = lc1 - lc2; i >= 0; i--) {
    const p = basisMul(b, [...new Array(i).fill(0), 1], c2);
    const q = rem[rem.length - 1] / p[p.length - 1];
    rem = rem.slice(0, -1).map((v, k) => v - q * p[k]);
    quo[i] = q;
  }
  return [quo, trim(rem)];
}

/** one antiderivative of a series of basis b (before the constant is fixed) */
function antiderivative(prefix: string, c: number[]): number[] {
  const n = c.length;
  const tmp = new Array(n + 1).fill(0);
  switch (prefix) {
    case 'cheb':
      tmp[0] = c[0] * 0;
      tmp[1] = c[0];
      if (n > 1) tmp[2] = c[1] / 4;
      for (let j = 2; j < n; j++) {
        tmp[j + 1] = c[j] / (2 * (j + 1));
        tmp[j - 1] -= c[j] / (2 * (j - 1));
      }
      return tmp;
    case 'leg':
      tmp[0] = c[0] * 0;
      tmp[1] = c[0];
      if (n > 1) tmp[2] = c[1] / 3;
      for (let j = 2; j < n; j++) {
        const t = c[j] / (2 * j + 1);
        tmp[j + 1] = t;
        tmp[j - 1] -= t;
      }
      return tmp;
    case 'herm':
    case 'herme': {
      const f = prefix === 'herm' ? 2 : 1;
      tmp[0] = c[0] * 0;
      tmp[1] = c[0] / f;
      for (let j = 1; j < n; j++) tmp[j + 1] = c[j] / (f * (j + 1));
      return tmp;
    }
    default: // Laguerre
      tmp[0] = c[0];
      tmp[1] = -c[0];
      for (let j = 1; j < n; j++) {
        tmp[j] += c[j];
        tmp[j + 1] = -c[j];
      }
      return tmp;
  }
}

/** <p>int: integral() with the basis' antiderivative and evaluation at lbnd */
export function basisIntegral(b: Basis, c: number[], mArg: any, kArg: any, lbnd: number, scl: number,
  valueAt: (c: number[], x: number) => number): number[] {
  return integral(c, mArg, kArg, lbnd, scl, (t) => antiderivative(b.prefix, t), valueAt);
}

/** <p>line(off, 1) for the linear factors of <p>fromroots */
function lineOf(b: Basis, off: number): number[] {
  if (b.prefix === 'herm') return [off, 1 / 2];
  if (b.prefix === 'lag') return [off + 1, -1];
  return [off, 1];
}

/** <p>fromroots: the linear factors, sorted by root, multiplied pairwise */
export function basisFromRoots(b: Basis, rs: number[]): number[] {
  if (rs.length === 0) return [1];
  let p = rs.slice().sort((x, y) => x - y).map((r) => lineOf(b, -r));
  let n = p.length;
  while (n > 1) {
    const m = Math.floor(n / 2), rem = n % 2;
    const tmp: number[][] = [];
    for (let i = 0; i < m; i++) tmp.push(basisMul(b, p[i], p[i + m]));
    if (rem) tmp[0] = basisMul(b, tmp[0], p[p.length - 1]);
    p = tmp;
    n = m;
  }
  return p[0];
}

/** the scaled companion matrix of a series of degree n ≥ 2 (row-major) */
function companion(b: Basis, c: number[]): number[] {
  const n = c.length - 1;
  const mat = new Array(n * n).fill(0);
  const lead = c[n];
  const setBand = (k: number, v: number) => (mat[k * n + k + 1] = mat[(k + 1) * n + k] = v);
  switch (b.prefix) {
    case 'cheb': {
      const scl = Array.from({ length: n }, (_, k) => (k === 0 ? 1 : Math.sqrt(0.5)));
      for (let k = 0; k + 1 < n; k++) setBand(k, k === 0 ? Math.sqrt(0.5) : 1 / 2);
      for (let k = 0; k < n; k++) mat[k * n + n - 1] -= (c[k] / lead) * (scl[k] / scl[n - 1]) * 0.5;
      return mat;
    }
    case 'leg': {
      const scl = Array.from({ length: n }, (_, k) => 1 / Math.sqrt(2 * k + 1));
      for (let k = 0; k + 1 < n; k++) setBand(k, (k + 1) * scl[k] * scl[k + 1]);
      for (let k = 0; k < n; k++) mat[k * n + n - 1] -= (c[k] / lead) * (scl[k] / scl[n - 1]) * (n / (2 * n - 1));
      return mat;
    }
    case 'herm':
    case 'herme': {
      const herm = b.prefix === 'herm';
      // cumulative products of 1, 1/√(f·(n-1)), 1/√(f·(n-2)), … read backwards (f = 2 for Hermite)
      const steps = [1, ...Array.from({ length: n - 1 }, (_, k) => 1 / Math.sqrt((herm ? 2 : 1) * (n - 1 - k)))];
      const acc: number[] = [];
      steps.forEach((v, k) => acc.push(k === 0 ? v : acc[k - 1] * v));
      const scl = acc.reverse();
      for (let k = 0; k + 1 < n; k++) setBand(k, Math.sqrt((herm ? 0.5 : 1) * (k + 1)));
      for (let k = 0; k < n; k++) mat[k * n + n - 1] -= herm ? (scl[k] * c[k]) / (2.0 * lead) : (scl[k] * c[k]) / lead;
      return mat;
    }
    default: // Laguerre
      for (let k = 0; k < n; k++) mat[k * n + k] = 2 * k + 1;
      for (let k = 0; k + 1 < n; k++) setBand(k, -(k + 1));
      for (let k = 0; k < n; k++) mat[k * n + n - 1] += (c[k] / lead) * n;
      return mat;
  }
}

/** <p>roots: one root by formula, more as the sorted eigenvalues of the flipped companion matrix */
export function basisRoots(b: Basis, cIn: number[]): NDArray {
  const c = trim(cIn);
  if (c.length < 2) return fromValues([0], D.float64, []);
  if (c.length === 2) {
    if (b.prefix === 'herm') return series([(-0.5 * c[0]) / c[1]]);
    if (b.prefix === 'lag') return series([1 + c[0] / c[1]]);
    return series([-c[0] / c[1]]);
  }
  const n = c.length - 1;
  const mat = companion(b, c);
  const flipped = mat.map((_, q) => mat[n * n - 1 - q]);
  const r = eigvals(fromValues([n, n], D.float64, flipped));
  sortInPlace(r, -1);
  return r;
}
