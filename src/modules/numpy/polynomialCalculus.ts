/**
 * The power-series helpers of numpy.polynomial.polynomial beyond add/multiply/evaluate: polyder,
 * polyint, polyroots (eigenvalues of the reversed companion matrix, sorted), polyfromroots (products
 * of linear factors paired up as in pu._fromroots), polypow (repeated np.convolve, untrimmed), polydiv
 * (long division from the leading coefficient) and polycompanion. Each follows
 * numpy/polynomial/polynomial.py step for step on float64 coefficients, so results round as NumPy's
 * do; integer and boolean input is promoted to float64 first, as NumPy adds 0.0. Complex coefficients
 * are not supported here.
 */
import { NDArray } from '../../../runtime/ndarray';
import * as D from '../../../runtime/dtype';
import { PyTuple, tuple } from '../../objects/values';
import { throwPy } from '../../objects/errors';
import { index } from '../../objects/protocols';
import { asArray } from './coerce';
import { readValues, fromValues } from './linalgStack';
import { eigvals } from './linalgSpectral';
import { sortInPlace } from './sorting';

/** float64 coefficients of a 1-D series (np.array(c, ndmin=1) + 0.0); `trim` drops trailing zeros. */
export function realSeries(v: any, trim: boolean): number[] {
  let a = asArray(v);
  if (a.ndim === 0) a = a.view([1], [0], a.offset);
  if (a.dtype.kind === 'c') throwPy('NotImplementedError', 'complex polynomial coefficients are not supported');
  if (a.ndim !== 1) throwPy('ValueError', 'Coefficient array is not 1-d');
  if (a.size === 0) throwPy('ValueError', 'Coefficient array is empty');
  const c = Array.from(readValues(a, false));
  if (trim) while (c.length > 1 && c[c.length - 1] === 0) c.pop();
  return c;
}

/** A Python real number (int, float, NumPy scalar) as a double. */
export function realNumber(v: any): number {
  return readValues(asArray(v), false)[0];
}

export function series(c: number[]): NDArray {
  return fromValues([c.length], D.float64, c);
}

/** polyval by Horner in float64: c0 = c[-i] + c0·x from the highest coefficient (x scalar). */
function hornerAt(c: number[], x: number): number {
  let c0 = c[c.length - 1] + x * 0;
  for (let i = c.length - 2; i >= 0; i--) c0 = c[i] + c0 * x;
  return c0;
}

function countArg(m: any, what: string): number {
  const cnt = index(m);
  if (cnt < 0) throwPy('ValueError', `The order of ${what} must be non-negative`);
  return cnt;
}

/** polyder(c, m, scl): differentiate m times, multiplying by scl each time. */
export function derivative(c0: number[], mArg: any, scl: number): number[] {
  const cnt = countArg(mArg, 'derivation');
  let c = c0.slice();
  if (cnt >= c.length) return [c[0] * 0];
  for (let i = 0; i < cnt; i++) {
    c = c.map((v) => v * scl);
    const der: number[] = [];
    for (let j = 1; j < c.length; j++) der.push(j * c[j]);
    c = der;
  }
  return c;
}

/** one antiderivative of the power series c, constant term c[0]·0 */
function powerAntiderivative(c: number[]): number[] {
  const tmp = [c[0] * 0, c[0]];
  for (let j = 1; j < c.length; j++) tmp.push(c[j] / (j + 1));
  return tmp;
}

/**
 * polyint(c, m, k, lbnd, scl): integrate m times, each constant chosen so the value at lbnd is k. The
 * other bases pass their own antiderivative step and evaluation (<p>int has the same outer loop).
 */
export function integral(c0: number[], mArg: any, kArg: any, lbnd: number, scl: number,
  antiderivative = powerAntiderivative, valueAt = hornerAt): number[] {
  const cnt = countArg(mArg, 'integration');
  const ks = kArg === undefined || kArg === null ? [] : Array.from(readValues(asArray(kArg), false));
  if (ks.length > cnt) throwPy('ValueError', 'Too many integration constants');
  let c = c0.slice();
  for (let i = 0; i < cnt; i++) {
    const k = ks[i] ?? 0;
    c = c.map((v) => v * scl);
    if (c.length === 1 && c[0] === 0) {
      c[0] += k;
      continue;
    }
    const tmp = antiderivative(c);
    tmp[0] += k - valueAt(tmp, lbnd);
    c = tmp;
  }
  return c;
}

/** polycompanion: ones on the subdiagonal, -c[:-1]/c[-1] in the last column (row-major values). */
export function companion(c: number[]): number[] {
  const n = c.length - 1;
  const mat = new Array(n * n).fill(0);
  for (let i = 1; i < n; i++) mat[i * n + i - 1] = 1;
  for (let i = 0; i < n; i++) mat[i * n + n - 1] -= c[i] / c[n];
  return mat;
}

/** polyroots: eigenvalues of the companion matrix flipped both ways, sorted (complex when NumPy's are). */
export function roots(c: number[]): NDArray {
  if (c.length < 2) return fromValues([0], D.float64, []);
  if (c.length === 2) return series([-c[0] / c[1]]);
  const n = c.length - 1;
  const mat = companion(c);
  const flipped = mat.map((_, q) => mat[n * n - 1 - q]);
  const r = eigvals(fromValues([n, n], D.float64, flipped));
  sortInPlace(r, -1);
  return r;
}

/** polymul without trimming (np.convolve of two coefficient lists). */
export function convolve(a: number[], b: number[]): number[] {
  const out = new Array(a.length + b.length - 1).fill(0);
  // np.convolve sums each output element from +0, the longer operand's index rising
  const [x, y] = a.length >= b.length ? [a, b] : [b, a];
  for (let q = 0; q < out.length; q++) {
    let s = 0;
    for (let j = Math.min(q, y.length - 1); j >= 0 && q - j < x.length; j--) s += x[q - j] * y[j];
    out[q] = s;
  }
  return out;
}

/** polymul: the product, trailing zeros trimmed. */
export function multiply(a: number[], b: number[]): number[] {
  const r = convolve(a, b);
  while (r.length > 1 && r[r.length - 1] === 0) r.pop();
  return r;
}

/** polyfromroots: the monic series with these roots, linear factors multiplied pairwise. */
export function fromRoots(rs: number[]): number[] {
  if (rs.length === 0) return [1];
  const sorted = rs.slice().sort((a, b) => a - b);
  let p = sorted.map((r) => [-r, 1]);
  let n = p.length;
  while (n > 1) {
    const m = Math.floor(n / 2), rem = n % 2;
    const tmp: number[][] = [];
    for (let i = 0; i < m; i++) tmp.push(multiply(p[i], p[i + m]));
    if (rem) tmp[0] = multiply(tmp[0], p[p.length - 1]);
    p = tmp;
    n = m;
  }
  return p[0];
}

/** polypow: c multiplied by itself with np.convolve (no trimming), power 0 giving [1]. */
export function power(c: number[], powArg: any, maxpower: number | null): number[] {
  const pow = realNumber(powArg);
  if (!Number.isInteger(pow) || pow < 0) throwPy('ValueError', 'Power must be a non-negative integer.');
  if (maxpower !== null && pow > maxpower) throwPy('ValueError', 'Power is too large');
  if (pow === 0) return [1];
  let prd = c;
  for (let i = 2; i <= pow; i++) prd = convolve(prd, c);
  return prd;
}

/** polydiv: quotient and remainder (remainder trimmed). */
export function divide(c1In: number[], c2In: number[]): [number[], number[]] {
  const c1 = c1In.slice(), c2 = c2In;
  if (c2[c2.length - 1] === 0) throwPy('ZeroDivisionError', '');
  const lc1 = c1.length, lc2 = c2.length;
  if (lc1 < lc2) return [[c1[0] * 0], c1];
  const scl = c2[lc2 - 1];
  if (lc2 === 1) return [c1.map((v) => v / scl), [c1[0] * 0]];
  const d = c2.slice(0, -1).map((v) => v / scl);
  let i = lc1 - lc2, j = lc1 - 1;
  while (i >= 0) {
    const lead = c1[j];
    for (let q = 0; q < d.length; q++) c1[i + q] -= d[q] * lead;
    i--;
    j--;
  }
  const quo = c1.slice(j + 1).map((v) => v / scl);
  const rem = c1.slice(0, j + 1);
  while (rem.length > 1 && rem[rem.length - 1] === 0) rem.pop();
  return [quo, rem];
}

/** polydiv's Python result: (quotient, remainder) arrays. */
export function divideTuple(a: any, b: any): PyTuple {
  const [q, r] = divide(realSeries(a, true), realSeries(b, true));
  return tuple([series(q), series(r)]);
}
