/**
 * The least-squares core shared by np.polyfit (powers highest first) and numpy.polynomial's fits
 * (Polynomial.fit, numpy.polynomial.polynomial.polyfit; powers lowest first): NumPy's recipe, step for
 * step so the coefficients agree to the last bit — x and y promoted with `+ 0.0`, the Vandermonde
 * matrix built by repeated multiplication, optional weights applied to both sides, each column divided
 * by its 2-norm (sum of squares — sequential or pairwise as NumPy's memory layout makes it — then sqrt), numpy.linalg.lstsq with
 * rcond = len(x)·eps by default, and the solution divided back by the column norms.
 */
import { NDArray } from '../../../runtime/ndarray';
import * as D from '../../../runtime/dtype';
import { pairwise } from '../../../runtime/ufunc';
import { PyFloat } from '../../objects/values';
import { throwPy } from '../../objects/errors';
import { PyType, TypeType } from '../../objects/pytype';
import { excType } from '../../objects/exceptions';
import { warnFrom } from '../warnings';
import { applyUfunc } from './ufuncs';
import { ufunc } from './ufuncTable';
import { asArray } from './coerce';
import { lstsq } from './linalgSpectral';
import { readValues, fromValues } from './linalgStack';

export interface FitResult {
  coef: NDArray;
  /** lstsq's (x, residuals, rank, singular values) */
  lstsq: any[];
  /** the rcond used, as a Python-or-NumPy float */
  rcond: number;
  rank: number;
  /** the scaled design matrix (m × order, row-major) and the column scales */
  lhs: NDArray;
  scale: Float64Array;
}

/** `asarray(v) + 0.0` */
export function promoted(v: any): NDArray {
  return asArray(applyUfunc(ufunc('add'), [asArray(v), new PyFloat(0)]));
}

export function checkFitInputs(x: NDArray, y: NDArray): void {
  if (x.ndim !== 1) throwPy('TypeError', 'expected 1D vector for x');
  if (x.size === 0) throwPy('TypeError', 'expected non-empty vector for x');
  if (y.ndim < 1 || y.ndim > 2) throwPy('TypeError', 'expected 1D or 2D array for y');
  if (x.shape[0] !== y.shape[0]) throwPy('TypeError', 'expected x and y to have same length');
}

/**
 * Fit a polynomial of `order` coefficients; `increasing` orders the columns x^0…x^deg (numpy.polynomial)
 * instead of x^deg…x^0 (np.polyfit), and also maps zero column norms to 1 as numpy.polynomial does.
 * `basisRow`, when given, is another basis's row of pseudo-Vandermonde values at x (lowest degree first).
 */
export function leastSquaresFit(x: NDArray, y: NDArray, order: number, rcondArg: any, wArg: any, increasing: boolean, basisRow?: (x: number) => number[]): FitResult {
  const m = x.shape[0];
  const single = x.dtype === D.float32;
  const rcond = rcondArg === undefined || rcondArg === null ? m * (single ? 2 ** -23 : 2 ** -52) : Number(readValues(asArray(rcondArg), false)[0]);
  const xs = readValues(x, false);
  const col = (j: number): number => (increasing ? j : order - 1 - j);
  const lhs = new Float64Array(m * order);
  for (let i = 0; i < m; i++) {
    if (basisRow) {
      lhs.set(basisRow(xs[i]), i * order);
      continue;
    }
    let pw = 1;
    lhs[i * order + col(0)] = 1;
    for (let j = 1; j < order; j++) {
      pw = j === 1 ? xs[i] : pw * xs[i];
      lhs[i * order + col(j)] = pw;
    }
  }
  const k = y.ndim === 2 ? y.shape[1] : 1;
  const rhs = readValues(y, false);
  if (wArg !== undefined && wArg !== null) {
    const w = promoted(wArg);
    if (w.ndim !== 1) throwPy('TypeError', 'expected a 1-d array for weights');
    if (w.shape[0] !== y.shape[0]) throwPy('TypeError', 'expected w and y to have the same length');
    const wv = readValues(w, false);
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < order; j++) lhs[i * order + j] *= wv[i];
      for (let c = 0; c < k; c++) rhs[i * k + c] *= wv[i];
    }
  }
  // np.polyfit sums the C-ordered columns row by row (pairwise when there is a single column, which
  // is then contiguous); numpy.polynomial's transposed Vandermonde matrix has contiguous rows, so its
  // sums are NumPy's pairwise ones
  const scale = new Float64Array(order);
  for (let j = 0; j < order; j++) {
    const sq = (i: number): number => lhs[i * order + j] * lhs[i * order + j];
    if (increasing || order === 1) scale[j] = pairwise(sq, 0, m);
    else for (let i = 0; i < m; i++) scale[j] += sq(i);
    scale[j] = Math.sqrt(scale[j]);
    if (increasing && scale[j] === 0) scale[j] = 1;
  }
  for (let i = 0; i < m; i++) for (let j = 0; j < order; j++) lhs[i * order + j] /= scale[j];
  const dt = single ? D.float32 : D.float64;
  const lhsArr = fromValues([m, order], dt, lhs);
  const res = lstsq(lhsArr, fromValues(y.shape, dt, rhs), new PyFloat(rcond)).items;
  const cv = readValues(res[0], false);
  for (let i = 0; i < order; i++) for (let c = 0; c < k; c++) cv[i * k + c] /= scale[i];
  const rank = Number(res[2].v ?? res[2]);
  return { coef: fromValues(res[0].shape, dt, cv), lstsq: res, rcond, rank, lhs: lhsArr, scale };
}

/** numpy.exceptions.RankWarning */
export const RankWarningType = new PyType('RankWarning', [excType('RuntimeWarning')], null, false, 'numpy.exceptions');
RankWarningType.cls = TypeType;
RankWarningType.solid = excType('RuntimeWarning').solid;
RankWarningType.newInstance = excType('RuntimeWarning').newInstance;

/** Issue a RankWarning through the warnings module (attributed to the caller of polyfit, as NumPy's stacklevel=2). */
export function rankWarning(msg: string): void {
  warnFrom(RankWarningType, msg);
}
