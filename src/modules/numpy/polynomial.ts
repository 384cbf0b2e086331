/**
 * NumPy's classic polynomial helpers (numpy/lib/_polynomial_impl.py): np.poly, np.roots, np.polyint,
 * np.polyder, np.polyadd, np.polysub, np.polymul, np.polydiv, np.polyval and np.polyfit. Coefficients
 * are highest power first. Element-wise arithmetic goes through the ufuncs, so dtypes promote exactly
 * as in NumPy (integer inputs stay integer where NumPy keeps them so); roots are the eigenvalues of the
 * companion matrix (numpy.linalg.eigvals) and polyfit is NumPy's column-scaled least squares
 * (numpy.linalg.lstsq with rcond = len(x)·eps), so results match NumPy's to the last digit.
 * `polynomialModule` is the numpy.polynomial package (Polynomial, see polynomialClass.ts).
 */
import { NDArray } from '../../../runtime/ndarray';
import { DType } from '../../../runtime/dtype';
import * as D from '../../../runtime/dtype';
import { PyFloat, PyModule, tuple } from '../../objects/values';
import { builtin, Kw, PyBuiltin } from '../../objects/function';
import { throwPy } from '../../objects/errors';
import { index, truthy } from '../../objects/protocols';
import { kwArgs, applyUfunc, kwNamed } from './ufuncs';
import { ufunc } from './ufuncTable';
import { asArray, allocArray, castCopy, elementScalar } from './coerce';
import { concatenate, atleast } from './joining';
import { statisticsFunctions } from './statistics';
import { eigvals } from './linalgSpectral';
import { promoted, checkFitInputs, leastSquaresFit, rankWarning } from './polynomialFit';
import { powerSeriesModule, basisModules } from './polynomialClass';
import { inv } from './linalgFactor';
import { matmul } from './linalgBasic';
import { readValues, fromValues } from './linalgStack';
import { scalar } from './scalars';

const U = (name: string, ...args: any[]): any => applyUfunc(ufunc(name), args);

let convolveFn: PyBuiltin | null = null;
function convolve(a: any, v: any): NDArray {
  convolveFn ??= statisticsFunctions().convolve;
  return convolveFn.fn([a, v], null);
}

function oneD(v: any): NDArray {
  return atleast(asArray(v), 1);
}

function zeros(n: number, dt: DType): NDArray {
  return allocArray([n], dt, true);
}

/** a[start:end] of a 1-D array (a view). */
function part(a: NDArray, start: number, end = a.shape[0]): NDArray {
  return a.view([Math.max(0, end - start)], [a.strides[0]], a.offset + start * a.strides[0]);
}

function isZero(v: any): boolean {
  if (typeof v === 'number') return v === 0;
  if (typeof v === 'bigint') return v === 0n;
  if (typeof v === 'boolean') return !v;
  return v !== null && typeof v === 'object' && 're' in v && v.re === 0 && v.im === 0;
}

/** poly1d's normalisation: 1-D, leading zeros trimmed, at least one coefficient. */
function trimmed(v: any): NDArray {
  const a = oneD(v);
  if (a.ndim > 1) throwPy('ValueError', 'Polynomial must be 1d only.');
  const vals = a.toArray();
  let first = 0;
  while (first < vals.length && isZero(vals[first])) first++;
  if (first === vals.length) return zeros(1, a.dtype);
  return part(a, first);
}

/** np.poly: coefficients of the monic polynomial with the given roots (or a matrix's eigenvalues). */
function poly(seq: any): any {
  let z = oneD(seq);
  const sh = z.shape;
  if (sh.length === 2 && sh[0] === sh[1] && sh[0] !== 0) z = eigvals(z);
  else if (sh.length === 1) {
    const keep = z.dtype === D.float32 || z.dtype === D.float64 || z.dtype === D.complex64 || z.dtype === D.complex128;
    if (!keep) z = castCopy(z, D.float64);
  } else throwPy('ValueError', 'input must be 1d or non-empty square 2d array.');
  if (z.shape[0] === 0) return new PyFloat(1);
  const dt = z.dtype;
  let a: NDArray = castCopy(asArray(1), dt);
  a = atleast(a, 1);
  for (let i = 0; i < z.shape[0]; i++) {
    const f = allocArray([2], dt);
    f.set([0], castCopy(asArray(1), dt).get([]));
    f.set([1], castCopy(asArray(U('negative', elementScalar(z, [i]))), dt).get([]));
    a = convolve(a, f);
  }
  if (dt.kind === 'c') {
    const r = readValues(z, true);
    const pairs: [number, number][] = [];
    for (let i = 0; i < r.length; i += 2) pairs.push([r[i], r[i + 1]]);
    const cmp = (x: [number, number], y: [number, number]): number => (x[0] - y[0]) || (x[1] - y[1]);
    const s1 = pairs.slice().sort(cmp), s2 = pairs.map(([re, im]): [number, number] => [re, -im]).sort(cmp);
    if (s1.every((p, i) => p[0] === s2[i][0] && p[1] === s2[i][1])) {
      const v = readValues(a, true).filter((_, i) => i % 2 === 0);
      a = fromValues(a.shape, dt === D.complex64 ? D.float32 : D.float64, v);
    }
  }
  return a;
}

/** np.roots: eigenvalues of the companion matrix, plus the zeros trailing coefficients imply. */
function roots(pArg: any): NDArray {
  let p = oneD(pArg);
  if (p.ndim !== 1) throwPy('ValueError', 'Input must be a rank-1 array.');
  const vals = p.toArray();
  const nz: number[] = [];
  vals.forEach((v, i) => { if (!isZero(v)) nz.push(i); });
  if (nz.length === 0) return zeros(0, D.float64);
  const trailing = vals.length - nz[nz.length - 1] - 1;
  p = part(p, nz[0], nz[nz.length - 1] + 1);
  if (p.dtype.kind !== 'f' && p.dtype.kind !== 'c') p = castCopy(p, D.float64);
  const N = p.shape[0];
  let r: NDArray;
  if (N > 1) {
    const A = allocArray([N - 1, N - 1], p.dtype, true);
    const one = castCopy(asArray(1), p.dtype).get([]);
    for (let i = 1; i < N - 1; i++) A.set([i, i - 1], one);
    const row = U('true_divide', U('negative', part(p, 1)), elementScalar(p, [0]));
    const rv = asArray(row);
    for (let j = 0; j < N - 1; j++) A.set([0, j], castCopy(part(rv, j, j + 1), p.dtype).get([0]));
    r = eigvals(A);
  } else r = zeros(0, p.dtype);
  return concatenate([r, zeros(trailing, r.dtype)], 0);
}

function arangeDown(n: number): NDArray {
  const a = allocArray([n], D.int64);
  for (let i = 0; i < n; i++) a.set([i], BigInt(n - i));
  return a;
}

/** np.polyint: the m-th antiderivative with integration constants k. */
function polyint(pArg: any, mArg: any, kArg: any): NDArray {
  const m = index(mArg ?? 1);
  if (m < 0) throwPy('ValueError', 'Order of integral must be positive (see polyder)');
  let k = kArg === undefined || kArg === null ? zeros(m, D.float64) : oneD(kArg);
  if (k.shape[0] === 1 && m > 1) k = U('multiply', elementScalar(k, [0]), fromValues([m], D.float64, new Float64Array(m).fill(1)));
  if (k.shape[0] < m) throwPy('ValueError', 'k must be a scalar or a rank-1 array of length 1 or >m.');
  let p = asArray(pArg);
  for (let i = 0; i < m; i++) {
    const y = asArray(U('true_divide', p, arangeDown(p.shape[0])));
    p = concatenate([y, oneD(elementScalar(k, [i]))], 0);
  }
  return p;
}

/** np.polyder: the m-th derivative. */
function polyder(pArg: any, mArg: any): NDArray {
  const m = index(mArg ?? 1);
  if (m < 0) throwPy('ValueError', 'Order of derivative must be positive (see polyint)');
  let p = asArray(pArg);
  if (p.ndim === 0) throwPy('TypeError', 'len() of unsized object');
  for (let i = 0; i < m; i++) {
    const n = p.shape[0] - 1;
    p = asArray(U('multiply', part(p, 0, n), arangeDown(Math.max(n, 0))));
  }
  return p;
}

function padFront(a: NDArray, n: number): NDArray {
  return n > 0 ? concatenate([zeros(n, a.dtype), a], 0) : a;
}

/** np.polyadd / np.polysub. */
function polyCombine(a1Arg: any, a2Arg: any, op: 'add' | 'subtract'): NDArray {
  const a1 = oneD(a1Arg), a2 = oneD(a2Arg);
  const diff = a2.shape[0] - a1.shape[0];
  return asArray(U(op, padFront(a1, diff), padFront(a2, -diff)));
}

/** np.polydiv: quotient and remainder of polynomial division. */
function polydiv(uArg: any, vArg: any): any {
  const u = asArray(U('add', oneD(uArg), new PyFloat(0)));
  const v = asArray(U('add', oneD(vArg), new PyFloat(0)));
  const w = asArray(U('add', elementScalar(u, [0]), elementScalar(v, [0])));
  const m = u.shape[0] - 1, n = v.shape[0] - 1;
  const scale = U('true_divide', new PyFloat(1), elementScalar(v, [0]));
  const q = zeros(Math.max(m - n + 1, 1), w.dtype);
  let r = castCopy(u, w.dtype);
  for (let k = 0; k < m - n + 1; k++) {
    const d = U('multiply', scale, elementScalar(r, [k]));
    q.set([k], castCopy(asArray(d), w.dtype).get([]));
    const seg = part(r, k, k + n + 1);
    applyUfunc(ufunc('subtract'), [seg, U('multiply', d, v)], { out: seg });
  }
  const small = (x: any): boolean => (typeof x === 'object' && x !== null && 're' in x ? Math.hypot(x.re, x.im) : Math.abs(Number(x))) <= 1e-8;
  while (r.shape[0] > 1 && small(r.get([0]))) r = part(r, 1);
  return tuple([q, r]);
}

/** np.polyval: Horner's scheme, y = y·x + c for each coefficient. */
function polyval(pArg: any, xArg: any): any {
  const p = asArray(pArg);
  const x = asArray(xArg);
  let y: any = allocArray(x.shape, x.dtype, true);
  if (x.ndim === 0) y = scalar(x.dtype, y.get([]));
  const n = p.ndim === 0 ? 0 : p.shape[0];
  if (p.ndim === 0) throwPy('TypeError', 'iteration over a 0-d array');
  for (let i = 0; i < n; i++) y = U('add', U('multiply', y, x.ndim === 0 ? scalar(x.dtype, x.get([])) : x), elementScalar(p, [i]));
  return y;
}

/** np.polyfit: least-squares fit with NumPy's column scaling of the Vandermonde matrix. */
function polyfit(p: Record<string, any>): any {
  const order = index(p.deg) + 1;
  const x = promoted(p.x);
  const y = promoted(p.y);
  if (order - 1 < 0) throwPy('ValueError', 'expected deg >= 0');
  checkFitInputs(x, y);
  const fit = leastSquaresFit(x, y, order, p.rcond, p.w, false);
  const full = p.full !== undefined && truthy(p.full);
  if (fit.rank !== order && !full) rankWarning('Polyfit may be poorly conditioned');
  const res = fit.lstsq;
  if (full) return tuple([fit.coef, res[1], res[2], res[3], scalar(fit.coef.dtype, fit.rcond)]);
  const cov = p.cov;
  if (cov === undefined || cov === null || !truthy(cov)) return fit.coef;
  const m = x.shape[0];
  const lhs = fit.lhs;
  const gram = matmul(lhs.view([order, m], [lhs.strides[1], lhs.strides[0]], lhs.offset), lhs);
  const outerScale = U('multiply', fromValues([order, 1], D.float64, fit.scale), fromValues([1, order], D.float64, fit.scale));
  const vbase = asArray(U('true_divide', inv(gram), outerScale));
  let fac: any = 1;
  if (cov !== 'unscaled') {
    if (m <= order) throwPy('ValueError', 'the number of data points must exceed order to scale the covariance matrix');
    fac = U('true_divide', res[1], m - order);
  }
  if (y.ndim === 1) return tuple([fit.coef, U('multiply', vbase, fac)]);
  return tuple([fit.coef, U('multiply', vbase.view([order, order, 1], [...vbase.strides, 0], vbase.offset), fac)]);
}

type Impl = (p: Record<string, any>) => any;

function fn(name: string, params: string[], impl: Impl): PyBuiltin {
  return builtin(name, kwNamed(name, (args: any[], kw: Kw) => impl(kwArgs(args, kw, params))));
}

/** np.poly, np.roots, np.polyint, np.polyder, np.polyadd, np.polysub, np.polymul, np.polydiv, np.polyval, np.polyfit. */
export function polynomialFunctions(): Record<string, PyBuiltin> {
  return {
    poly: fn('poly', ['seq_of_zeros'], (p) => poly(p.seq_of_zeros)),
    roots: fn('roots', ['p'], (p) => roots(p.p)),
    polyint: fn('polyint', ['p', 'm', 'k'], (p) => polyint(p.p, p.m, p.k)),
    polyder: fn('polyder', ['p', 'm'], (p) => polyder(p.p, p.m)),
    polyadd: fn('polyadd', ['a1', 'a2'], (p) => polyCombine(p.a1, p.a2, 'add')),
    polysub: fn('polysub', ['a1', 'a2'], (p) => polyCombine(p.a1, p.a2, 'subtract')),
    polymul: fn('polymul', ['a1', 'a2'], (p) => convolve(trimmed(p.a1), trimmed(p.a2))),
    polydiv: fn('polydiv', ['u', 'v'], (p) => polydiv(p.u, p.v)),
    polyval: fn('polyval', ['p', 'x'], (p) => polyval(p.p, p.x)),
    polyfit: fn('polyfit', ['x', 'y', 'deg', 'rcond', 'full', 'w', 'cov'], polyfit),
  };
}

/** The numpy.polynomial package: Polynomial and the other series classes, and their modules. */
export function polynomialModule(): PyModule {
  const m = new PyModule('numpy.polynomial');
  // the str() style of every series class, kept on this module (NumPy keeps it on ABCPolyBase)
  m.d.set_default_printstyle = builtin('set_default_printstyle', (args: any[], kw: Kw) => {
    const style = kwArgs(args, kw, ['style']).style;
    if (style !== 'unicode' && style !== 'ascii') throwPy('ValueError', `Unsupported format string '${style}'. Valid options are 'ascii' and 'unicode'`);
    m.d._use_unicode = style === 'unicode';
    return null;
  });
  const power = powerSeriesModule();
  m.d.polynomial = power;
  m.d.Polynomial = power.d.Polynomial;
  for (const sub of basisModules()) {
    const name = sub.name.slice('numpy.polynomial.'.length);
    m.d[name] = sub;
    for (const [k, v] of Object.entries(sub.d)) if (k[0] === k[0].toUpperCase() && k[0] !== '_') m.d[k] = v;
  }
  return m;
}
