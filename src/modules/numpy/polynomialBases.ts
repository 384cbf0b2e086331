/**
 * The orthogonal-polynomial series of numpy.polynomial besides the power series: Chebyshev (T),
 * Legendre (P), Hermite (H, physicists'), HermiteE (He, probabilists') and Laguerre (L). Each basis
 * gives its Clenshaw-style evaluation, its pseudo-Vandermonde row, the derivative of a coefficient
 * series and its Gauss quadrature; every step follows the order of operations of NumPy's routines
 * (the recurrences element by element in float64, the quadrature nodes from numpy.linalg.eigvalsh of
 * the symmetric companion matrix improved by one Newton step, the weights scaled and symmetrised as
 * NumPy does), so results agree to the last bit.
 *
 * `basisModule` builds numpy.polynomial.<kind>: <p>val, <p>vander, <p>fit, <p>gauss, <p>weight,
 * <p>add / <p>sub, <p>der for one derivative, <p>line, the products and roots of polynomialBasisArith.ts
 * (<p>mul, <p>mulx, <p>div, <p>pow, <p>int, <p>fromroots, <p>roots) and the series class (polynomialClass.ts).
 * Real coefficients only.
 */
import { NDArray } from '../../../runtime/ndarray';
import * as D from '../../../runtime/dtype';
import { pairwise } from '../../../runtime/ufunc';
import { PyModule, PyTuple, tuple } from '../../objects/values';
import { builtin, Kw } from '../../objects/function';
import { throwPy } from '../../objects/errors';
import { index, truthy } from '../../objects/protocols';
import { str } from '../../objects/repr';
import { kwArgs, applyUfunc } from './ufuncs';
import { ufunc } from './ufuncTable';
import { asArray } from './coerce';
import { scalar } from './scalars';
import { eigvalsh } from './linalgSpectral';
import { readValues, fromValues } from './linalgStack';
import { promoted, checkFitInputs, leastSquaresFit, rankWarning } from './polynomialFit';
import { realSeries, realNumber, series } from './polynomialCalculus';
import { basisMul, basisMulx, basisPow, basisFromRoots, basisRoots, basisDiv, basisIntegral } from './polynomialBasisArith';

export interface Basis {
  /** class name and module name */
  name: string;
  module: string;
  /** function-name prefix (chebval, legval, …) and the letter of str() terms (T₁(x)) */
  prefix: string;
  letter: string;
  /** default domain and window */
  interval: [number, number];
  /** value of the series c at x, in the arithmetic of `R` (numbers, or series for convert()) */
  val(c: number[], x: any, R: Ring): any;
  /** the basis polynomials 0..deg at x */
  vander(x: number, deg: number): number[];
  /** coefficients of the derivative (of a series of at least two coefficients) */
  der(c: number[]): number[];
  /** quadrature nodes and weights */
  gauss(n: number): [number[], number[]];
  /** the weight function at x */
  weight: string;
  /** <p>line(off, scl): the series of off + scl·x (operands Python or NumPy numbers) */
  line(off: any, scl: any): any[];
}

/** Arithmetic on values that include plain numbers, each operation as NumPy's operator on them. */
export interface Ring {
  add(a: any, b: any): any;
  sub(a: any, b: any): any;
  mul(a: any, b: any): any;
  div(a: any, n: number): any;
}

/** float64 arithmetic */
const NUM: Ring = { add: (a, b) => a + b, sub: (a, b) => a - b, mul: (a, b) => a * b, div: (a, n) => a / n };

/** the series c of basis b at a number x */
export const numberValue = (b: Basis) => (c: number[], x: number): number => b.val(c, x, NUM);

/** Clenshaw for the three-term recurrences: `step` gives (c0, c1) from (c[-i], c0, c1, nd), `last` the final combination. */
function clenshaw(c: number[], step: (ci: any, c0: any, c1: any, nd: number) => [any, any], last: (c0: any, c1: any) => any): any {
  const n = c.length;
  let c0: any, c1: any;
  if (n === 1) (c0 = c[0]), (c1 = 0);
  else if (n === 2) (c0 = c[0]), (c1 = c[1]);
  else {
    let nd = n;
    c0 = c[n - 2];
    c1 = c[n - 1];
    for (let i = 3; i <= n; i++) {
      nd = nd - 1;
      [c0, c1] = step(c[n - i], c0, c1, nd);
    }
  }
  return last(c0, c1);
}

/** rows v[0..deg] of a recurrence v[i] = next(v[i-1], v[i-2], i) with v[0] = x·0 + 1 and v[1] = `first` */
function recurrence(x: number, deg: number, first: number, next: (a: number, b: number, i: number) => number): number[] {
  const v = [x * 0 + 1];
  if (deg > 0) v.push(first);
  for (let i = 2; i <= deg; i++) v.push(next(v[i - 1], v[i - 2], i));
  return v;
}

/** nodes: eigenvalues of the symmetric tridiagonal companion matrix (diagonal `mid`, off-diagonal `off`) */
function companionRoots(n: number, mid: (k: number) => number, off: (k: number) => number, single: number): number[] {
  const m = new Float64Array(n * n);
  if (n === 1) m[0] = single;
  else {
    for (let k = 0; k < n; k++) m[k * n + k] = mid(k);
    for (let k = 0; k + 1 < n; k++) m[k * n + k + 1] = m[(k + 1) * n + k] = off(k);
  }
  return Array.from(readValues(eigvalsh(fromValues([n, n], D.float64, m), undefined), false));
}

const absMax = (v: number[]): number => v.reduce((a, b) => Math.max(a, Math.abs(b)), 0);
const sum = (v: number[]): number => pairwise((i) => v[i], 0, v.length);
const unit = (n: number): number[] => [...new Array(n).fill(0), 1];

/** Newton step on the nodes, then weights 1/(fm·df) from the series' value and derivative (Legendre, Laguerre) */
function gaussFromSeries(b: Basis, n: number, x: number[]): { x: number[]; w: number[] } {
  const c = unit(n), dc = b.der(c);
  const df = x.map((xi) => b.val(dc, xi, NUM));
  x = x.map((xi, i) => xi - b.val(c, xi, NUM) / df[i]);
  const fm = x.map((xi) => b.val(c.slice(1), xi, NUM));
  const fmax = absMax(fm), dmax = absMax(df);
  const w = fm.map((f, i) => 1 / ((f / fmax) * (df[i] / dmax)));
  return { x, w };
}

/** Newton step and weights from the normalised Hermite functions (`normed(x, k)`), `dscale` = √(2n) or √n */
function gaussFromNormed(normed: (x: number, k: number) => number, n: number, x: number[], dscale: number): { x: number[]; w: number[] } {
  x = x.map((xi) => xi - normed(xi, n) / (normed(xi, n - 1) * dscale));
  const fm = x.map((xi) => normed(xi, n - 1));
  const fmax = absMax(fm);
  const w = fm.map((f) => 1 / ((f / fmax) * (f / fmax)));
  return { x, w };
}

/** w = (w + w[::-1])/2, x = (x - x[::-1])/2, then w scaled to total `total` */
function symmetrise(r: { x: number[]; w: number[] }, total: number): [number[], number[]] {
  const n = r.x.length;
  const w = r.w.map((v, i) => (v + r.w[n - 1 - i]) / 2);
  const x = r.x.map((v, i) => (v - r.x[n - 1 - i]) / 2);
  const f = total / sum(w);
  return [x, w.map((v) => v * f)];
}

function hermiteNormed(x: number, n: number, c1Init: number, step: number): number {
  if (n === 0) return c1Init;
  let c0 = 0, c1 = c1Init, nd = n;
  for (let i = 0; i < n - 1; i++) {
    const tmp = c0;
    c0 = -c1 * Math.sqrt((nd - 1) / nd);
    c1 = tmp + c1 * x * Math.sqrt(step / nd);
    nd = nd - 1;
  }
  return step === 2 ? c0 + c1 * x * Math.sqrt(2) : c0 + c1 * x;
}

const SQRT_SQRT_PI = 1 / Math.sqrt(Math.sqrt(Math.PI)), SQRT_SQRT_2PI = 1 / Math.sqrt(Math.sqrt(2 * Math.PI));

export const BASES: Basis[] = [
  {
    name: 'Chebyshev', module: 'chebyshev', prefix: 'cheb', letter: 'T', interval: [-1, 1],
    val: (c, x, R) => {
      const x2 = R.mul(2, x);
      return clenshaw(c, (ci, c0, c1) => [R.sub(ci, c1), R.add(c0, R.mul(c1, x2))], (c0, c1) => R.add(c0, R.mul(c1, x)));
    },
    vander: (x, deg) => {
      const x2 = 2 * x;
      return recurrence(x, deg, x, (a, b) => a * x2 - b);
    },
    der: (c) => {
      const n = c.length - 1;
      c = c.slice();
      const der = new Array(n).fill(0);
      for (let j = n; j > 2; j--) {
        der[j - 1] = 2 * j * c[j];
        c[j - 2] += (j * c[j]) / (j - 2);
      }
      if (n > 1) der[1] = 4 * c[2];
      der[0] = c[1];
      return der;
    },
    gauss: (n) => {
      const x = fromValues([n], D.float64, Array.from({ length: n }, (_, k) => (Math.PI * (2 * k + 1)) / (2.0 * n)));
      const cos = asArray(applyUfunc(ufunc('cos'), [x]));
      return [Array.from(readValues(cos, false)), new Array(n).fill(1 * (Math.PI / n))];
    },
    weight: 'cheb',
    line: (off, scl) => [off, scl],
  },
  {
    name: 'Legendre', module: 'legendre', prefix: 'leg', letter: 'P', interval: [-1, 1],
    val: (c, x, R) => clenshaw(c, (ci, c0, c1, nd) => [R.sub(ci, R.mul(c1, ((nd - 1) / nd))), R.add(c0, R.mul(R.mul(c1, x), ((2 * nd - 1) / nd)))], (c0, c1) => R.add(c0, R.mul(c1, x))),
    vander: (x, deg) => recurrence(x, deg, x, (a, b, i) => (a * x * (2 * i - 1) - b * (i - 1)) / i),
    der: (c) => {
      const n = c.length - 1;
      c = c.slice();
      const der = new Array(n).fill(0);
      for (let j = n; j > 2; j--) {
        der[j - 1] = (2 * j - 1) * c[j];
        c[j - 2] += c[j];
      }
      if (n > 1) der[1] = 3 * c[2];
      der[0] = c[1];
      return der;
    },
    gauss(n) {
      const x = companionRoots(n, () => 0, (k) => (k + 1) * (1 / Math.sqrt(2 * k + 1)) * (1 / Math.sqrt(2 * k + 3)), -0);
      return symmetrise(gaussFromSeries(this, n, x), 2);
    },
    weight: 'leg',
    line: (off, scl) => [off, scl],
  },
  {
    name: 'Hermite', module: 'hermite', prefix: 'herm', letter: 'H', interval: [-1, 1],
    val: (c, x, R) => {
      const x2 = R.mul(x, 2);
      return clenshaw(c, (ci, c0, c1, nd) => [R.sub(ci, R.mul(c1, (2 * (nd - 1)))), R.add(c0, R.mul(c1, x2))], (c0, c1) => R.add(c0, R.mul(c1, x2)));
    },
    vander: (x, deg) => {
      const x2 = x * 2;
      return recurrence(x, deg, x2, (a, b, i) => a * x2 - b * (2 * (i - 1)));
    },
    der: (c) => c.slice(1).map((v, j) => v * (2 * (j + 1))),
    gauss: (n) => {
      const x = companionRoots(n, () => 0, (k) => Math.sqrt(0.5 * (k + 1)), -0);
      const normed = (xi: number, k: number) => hermiteNormed(xi, k, SQRT_SQRT_PI, 2);
      return symmetrise(gaussFromNormed(normed, n, x, Math.sqrt(2 * n)), Math.sqrt(Math.PI));
    },
    weight: 'herm',
    line: (off, scl) => [off, U('true_divide', scl, 2)],
  },
  {
    name: 'HermiteE', module: 'hermite_e', prefix: 'herme', letter: 'He', interval: [-1, 1],
    val: (c, x, R) => clenshaw(c, (ci, c0, c1, nd) => [R.sub(ci, R.mul(c1, (nd - 1))), R.add(c0, R.mul(c1, x))], (c0, c1) => R.add(c0, R.mul(c1, x))),
    vander: (x, deg) => recurrence(x, deg, x, (a, b, i) => a * x - b * (i - 1)),
    der: (c) => c.slice(1).map((v, j) => v * (j + 1)),
    gauss: (n) => {
      const x = companionRoots(n, () => 0, (k) => Math.sqrt(k + 1), -0);
      const normed = (xi: number, k: number) => hermiteNormed(xi, k, SQRT_SQRT_2PI, 1);
      return symmetrise(gaussFromNormed(normed, n, x, Math.sqrt(n)), Math.sqrt(2 * Math.PI));
    },
    weight: 'herme',
    line: (off, scl) => [off, scl],
  },
  {
    name: 'Laguerre', module: 'laguerre', prefix: 'lag', letter: 'L', interval: [0, 1],
    val: (c, x, R) => clenshaw(c, (ci, c0, c1, nd) => [R.sub(ci, R.div(R.mul(c1, (nd - 1)), nd)), R.add(c0, R.div(R.mul(c1, R.sub(2 * nd - 1, x)), nd))],
      (c0, c1) => R.add(c0, R.mul(c1, R.sub(1, x)))),
    vander: (x, deg) => recurrence(x, deg, 1 - x, (a, b, i) => (a * (2 * i - 1 - x) - b * (i - 1)) / i),
    der: (c) => {
      const n = c.length - 1;
      c = c.slice();
      const der = new Array(n).fill(0);
      for (let j = n; j > 1; j--) {
        der[j - 1] = -c[j];
        c[j - 1] += c[j];
      }
      der[0] = -c[1];
      return der;
    },
    gauss(n) {
      const x = companionRoots(n, (k) => 2 * k + 1, (k) => -(k + 1), 1);
      const r = gaussFromSeries(this, n, x);
      const total = sum(r.w);
      return [r.x, r.w.map((v) => v / total)];
    },
    weight: 'lag',
    line: (off, scl) => [U('add', off, scl), U('negative', scl)],
  },
];

const U = (name: string, ...args: any[]): any => applyUfunc(ufunc(name), args);

/** the weight function of the basis at x, through the ufuncs */
function weightAt(kind: string, x: any): any {
  switch (kind) {
    case 'cheb': return U('true_divide', 1, U('multiply', U('sqrt', U('add', 1, x)), U('sqrt', U('subtract', 1, x))));
    case 'leg': return U('add', U('multiply', x, 0), 1);
    case 'herm': return U('exp', U('negative', U('power', x, 2)));
    case 'herme': return U('exp', U('multiply', -0.5, U('power', x, 2)));
    default: return U('exp', U('negative', x));
  }
}

/** <p>val(x, c): the series at each x (a float64 scalar for a scalar x) */
export function evaluate(b: Basis, xArg: any, cArg: any): any {
  const c = realSeries(cArg, false);
  if (c.length === 0) throwPy('ValueError', 'Coefficient array is empty');
  const scalarX = !(xArg instanceof NDArray || Array.isArray(xArg) || xArg instanceof PyTuple);
  const x = asArray(xArg);
  const vals = readValues(x, false).map((xi) => b.val(c, xi, NUM));
  if (scalarX || x.ndim === 0) return scalar(D.float64, vals[0]);
  return fromValues(x.shape, D.float64, vals);
}

/** pu._as_int: an operator.index-able value */
function asInt(v: any, what: string): number {
  try {
    return index(v);
  } catch {
    throwPy('TypeError', `${what} must be an integer, received ${str(v)}`);
  }
}

/** `times` derivatives of the series c, each of the series scaled by `scl` first */
export function derivSeries(b: Basis, c: number[], times: number, scl: number): number[] {
  if (times < 0) throwPy('ValueError', 'The order of derivation must be non-negative');
  if (times === 0) return c;
  if (times >= c.length) return [c[0] * 0];
  for (let i = 0; i < times; i++) c = b.der(c.map((v) => v * scl));
  return c;
}

/** <p>vander(x, deg): shape x.shape + (deg + 1,) */
function vander(b: Basis, xArg: any, degArg: any): NDArray {
  const deg = asInt(degArg, 'deg');
  if (deg < 0) throwPy('ValueError', 'deg must be non-negative');
  let x = promoted(xArg);
  if (x.ndim === 0) x = x.view([1], [0], x.offset);
  const vals: number[] = [];
  for (const xi of readValues(x, false)) vals.push(...b.vander(xi, deg));
  return fromValues([...x.shape, deg + 1], D.float64, vals);
}

/** <p>fit(x, y, deg, rcond, full, w): least squares in the basis, or the power series for null (pu._fit) */
export function basisFit(b: Basis | null, xArg: any, yArg: any, degArg: any, rcond: any, full: any, w: any): any {
  const x = promoted(xArg), y = promoted(yArg);
  const deg = asArray(degArg);
  if (deg.ndim > 0 || !'iu'.includes(deg.dtype.kind)) throwPy('TypeError', 'deg must be an int or non-empty 1-D array of int');
  const order = index(degArg) + 1;
  if (order - 1 < 0) throwPy('ValueError', 'expected deg >= 0');
  checkFitInputs(x, y);
  const fit = leastSquaresFit(x, y, order, rcond, w, true, b === null ? undefined : (xi) => b.vander(xi, order - 1));
  const isFull = full !== undefined && full !== null && truthy(full);
  if (fit.rank !== order && !isFull) rankWarning('The fit may be poorly conditioned');
  if (!isFull) return fit.coef;
  const res = fit.lstsq;
  return tuple([fit.coef, [res[1], res[2], res[3], scalar(D.float64, fit.rcond)]]);
}

function gauss(b: Basis, degArg: any): PyTuple {
  const n = asInt(degArg, 'deg');
  if (n <= 0) throwPy('ValueError', 'deg must be a positive integer');
  const [x, w] = b.gauss(n);
  return tuple([fromValues([n], D.float64, x), fromValues([n], D.float64, w)]);
}

/** <p>add / <p>sub: coefficient-wise, the shorter series padded with zeros, trailing zeros trimmed */
function addSub(c1Arg: any, c2Arg: any, sign: 1 | -1): NDArray {
  const c1 = realSeries(c1Arg, false), c2 = realSeries(c2Arg, false);
  const out = Array.from({ length: Math.max(c1.length, c2.length) }, (_, i) => {
    if (i >= c2.length) return c1[i];
    if (i >= c1.length) return sign === 1 ? c2[i] : -c2[i];
    return sign === 1 ? c1[i] + c2[i] : c1[i] - c2[i];
  });
  let n = out.length;
  while (n > 1 && out[n - 1] === 0) n--;
  return fromValues([n], D.float64, out.slice(0, n));
}

/** numpy.polynomial.<kind> for one basis; `cls` is its series class */
export function basisModule(b: Basis, cls: any): PyModule {
  const m = new PyModule(`numpy.polynomial.${b.module}`);
  const p = b.prefix;
  m.d[b.name] = cls;
  m.d[`${p}val`] = builtin(`${p}val`, (args: any[], kw: Kw) => {
    const a = kwArgs(args, kw, ['x', 'c', 'tensor']);
    return evaluate(b, a.x, a.c);
  });
  m.d[`${p}vander`] = builtin(`${p}vander`, (args: any[], kw: Kw) => {
    const a = kwArgs(args, kw, ['x', 'deg']);
    return vander(b, a.x, a.deg);
  });
  m.d[`${p}fit`] = builtin(`${p}fit`, (args: any[], kw: Kw) => {
    const a = kwArgs(args, kw, ['x', 'y', 'deg', 'rcond', 'full', 'w']);
    return basisFit(b, a.x, a.y, a.deg, a.rcond, a.full, a.w);
  });
  m.d[`${p}gauss`] = builtin(`${p}gauss`, (args: any[], kw: Kw) => gauss(b, kwArgs(args, kw, ['deg']).deg));
  m.d[`${p}weight`] = builtin(`${p}weight`, (args: any[], kw: Kw) => weightAt(b.weight, kwArgs(args, kw, ['x']).x));
  m.d[`${p}add`] = builtin(`${p}add`, (args: any[]) => addSub(args[0], args[1], 1));
  m.d[`${p}sub`] = builtin(`${p}sub`, (args: any[]) => addSub(args[0], args[1], -1));
  m.d[`${p}der`] = builtin(`${p}der`, (args: any[], kw: Kw) => {
    const a = kwArgs(args, kw, ['c', 'm', 'scl']);
    const scl = a.scl === undefined ? 1 : Number(readValues(asArray(a.scl), false)[0]);
    const c = derivSeries(b, realSeries(a.c, false), a.m === undefined ? 1 : index(a.m), scl);
    return fromValues([c.length], D.float64, c);
  });
  m.d[`${p}line`] = builtin(`${p}line`, (args: any[]) => asArray(truthy(U('not_equal', args[1], 0)) ? b.line(args[0], args[1]) : [args[0]]));
  m.d[`${p}mul`] = builtin(`${p}mul`, (args: any[]) => series(basisMul(b, realSeries(args[0], true), realSeries(args[1], true))));
  m.d[`${p}int`] = builtin(`${p}int`, (args: any[], kw: Kw) => {
    const a = kwArgs(args, kw, ['c', 'm', 'k', 'lbnd', 'scl', 'axis']);
    const num = (v: any, dflt: number) => (v === undefined ? dflt : realNumber(v));
    return series(basisIntegral(b, realSeries(a.c, false), a.m ?? 1, a.k, num(a.lbnd, 0), num(a.scl, 1), numberValue(b)));
  });
  m.d[`${p}div`] = builtin(`${p}div`, (args: any[]) => tuple(basisDiv(b, realSeries(args[0], true), realSeries(args[1], true)).map(series)));
  m.d[`${p}mulx`] = builtin(`${p}mulx`, (args: any[]) => series(basisMulx(b, realSeries(args[0], true))));
  m.d[`${p}pow`] = builtin(`${p}pow`, (args: any[], kw: Kw) => {
    const a = kwArgs(args, kw, ['c', 'pow', 'maxpower']);
    const maxpower = a.maxpower === undefined ? 16 : a.maxpower === null ? null : realNumber(a.maxpower);
    return series(basisPow(b, realSeries(a.c, true), a.pow, maxpower));
  });
  m.d[`${p}fromroots`] = builtin(`${p}fromroots`, (args: any[]) => series(basisFromRoots(b, realSeries(args[0], false))));
  m.d[`${p}roots`] = builtin(`${p}roots`, (args: any[]) => basisRoots(b, realSeries(args[0], true)));
  m.d[`${p}domain`] = fromValues([2], D.float64, b.interval);
  return m;
}
