/**
 * The multivariate distributions of `numpy.random` for RandomState and Generator, following
 * _generator.pyx / mtrand.pyx step for step: multinomial (a chain of binomials, Generator broadcasting
 * `n` against the rows of `pvals`), dirichlet (normalised gammas; Generator switches to stick-breaking
 * betas when every alpha < 0.1) and multivariate_normal (standard normals times a factor of the covariance
 * from numpy.linalg's svd — or eigh/cholesky for Generator — so the signs chosen by the SVD show up in the
 * samples exactly as in NumPy).
 *
 * RandomState's multinomial draws its binomials like Generator's (n == 0 or p == 0 draw nothing), unlike
 * RandomState.binomial. The matrix product of the normals with the factor is what NumPy hands to BLAS (dgemm); OpenBLAS's
 * kernels accumulate over k in order with fused multiply-adds, which `dotFma` reproduces.
 */
import * as D from '../../../runtime/dtype';
import { NDArray } from '../../../runtime/ndarray';
import { BitGenerator } from '../../../runtime/random/bitGenerator';
import { GaussCache, legacyGauss, standardNormal } from '../../../runtime/random/distributions';
import { fma } from '../../../runtime/random/glibcLog';
import { legacyStandardGamma, standardGamma, beta } from '../../../runtime/random/gamma';
import { binomial } from '../../../runtime/random/discrete';
import { PyTuple } from '../../objects/values';
import { throwPy } from '../../objects/errors';
import { Method } from '../../objects/types/define';
import { index as pyIndex } from '../../objects/protocols';
import { asArray } from './coerce';
import { shapeRepr } from './alloc';
import { warn } from './ioFiles';
import { svd, eigh } from './linalgSpectral';
import { cholesky } from './linalgFactor';
import { checkCons, sizeShape, fillArray, fillInt64, broadcastOrThrow, broadcastValues, namedArgs } from './randomArgs';

type Src = { bg: BitGenerator };
type Legacy = Src & GaussCache;

/** NumPy's kahan_sum of the first n values (n = 0 still reads the first). */
function kahanSum(a: number[], off: number, n: number): number {
  let sum = a[off];
  let c = 0.0;
  for (let i = 1; i < n; i++) {
    const y = a[off + i] - c;
    const t = sum + y;
    c = t - sum - y;
    sum = t;
  }
  return sum;
}

/** random_multinomial: binomial draws for each category but the last, which takes what remains. */
function multinomialRow(draw: (p: number, n: number) => number, n: number, pix: number[], off: number, d: number, out: number[], outOff: number): void {
  let remaining = 1.0;
  let dn = n;
  for (let j = 0; j < d - 1; j++) {
    out[outOff + j] = draw(pix[off + j] / remaining, dn);
    dn -= out[outOff + j];
    if (dn <= 0) break;
    remaining -= pix[off + j];
  }
  if (dn > 0) out[outOff + d - 1] = dn;
}

function sumError(pvals: any, ndim: number): never {
  const slice = ndim === 1 ? '[:-1]' : '[...,:-1]';
  if (pvals instanceof NDArray && pvals.dtype.kind === 'f' && pvals.dtype !== D.float64 && (pvals.toArray() as number[]).flat(Infinity).reduce((a: number, b: any) => a + Number(b), 0) < 1.0001) {
    throwPy('ValueError', `sum(pvals${slice}.astype(np.float64)) > 1.0. The pvals array is cast to 64-bit floating point prior to checking the sum. Precision changes when casting may cause problems even if the sum of the original pvals is valid.`);
  }
  return throwPy('ValueError', `sum(pvals${slice}) > 1.0`);
}

/** `size` followed by d (NumPy's `(operator.index(size), d)` or `tuple(size) + (d,)`). */
function withLast(sizeArg: any, d: number): number[] {
  const size = sizeShape(sizeArg);
  return size === null ? [d] : [...size, d];
}

function flat(a: NDArray): number[] {
  const v = a.toArray();
  return (Array.isArray(v) ? (v as any[]).flat(Infinity) : [v]).map(Number);
}

function multinomialLegacy(rs: Legacy, p: Record<string, any>): any {
  const n = pyIndex(p.n);
  const parr = asArray(p.pvals, D.float64);
  if (parr.ndim === 0) throwPy('TypeError', 'pvals must be a 1-d sequence');
  if (parr.ndim !== 1) throwPy('ValueError', `setting an array element with a sequence. The requested array would exceed the maximum number of dimension of 1.`);
  const pix = flat(parr);
  const d = pix.length;
  checkCons(pix, 'pvals', 'bounded01', true);
  if (d && kahanSum(pix, 0, d - 1) > 1.0 + 1e-12) sumError(p.pvals, 1);
  const shape = withLast(p.size, d);
  checkCons([n], 'n', 'nonNeg', false);
  const total = shape.reduce((a, b) => a * b, 1);
  const out = new Array(total).fill(0);
  for (let off = 0; d > 0 && off < total; off += d) multinomialRow((q, m) => binomial(rs.bg, q, m), n, pix, 0, d, out, off);
  return fillInt64(shape, (i) => out[i]);
}

function multinomialGen(g: Src, p: Record<string, any>): any {
  const on = asArray(p.n, D.int64);
  const parr = asArray(p.pvals, D.float64);
  const ndim = parr.ndim;
  const d = ndim >= 1 ? parr.shape[ndim - 1] : 0;
  if (d === 0) throwPy('ValueError', 'pvals must have at least 1 dimension and the last dimension of pvals must be greater than 0.');
  const pix = flat(parr);
  checkCons(pix, 'pvals', 'bounded01', true);
  for (let off = 0; off < pix.length; off += d) if (kahanSum(pix, off, d - 1) > 1.0 + 1e-12) sumError(p.pvals, ndim);
  const draw = (q: number, m: number) => binomial(g.bg, q, m);
  if (on.ndim !== 0 || ndim > 1) {
    const ns = flat(on);
    checkCons(ns, 'n', 'nonNeg', true);
    const rowShape = parr.shape.slice(0, ndim - 1);
    const size = sizeShape(p.size);
    const shapes = size === null ? [on.shape, rowShape] : [on.shape, rowShape, size];
    const b = broadcastOrThrow(shapes);
    if (size !== null && (b.length !== size.length || b.some((s, i) => s !== size[i]))) {
      throwPy('ValueError', `Output size ${shapeRepr(size)} is not compatible with broadcast dimensions of inputs ${shapeRepr(b)}.`);
    }
    const nb = broadcastValues(on, b).map(Number);
    const offArr = fillInt64(rowShape, (i) => i * d);
    const ob = broadcastValues(offArr, b).map(Number);
    const out = new Array(nb.length * d).fill(0);
    for (let i = 0; i < nb.length; i++) multinomialRow(draw, nb[i], pix, ob[i], d, out, i * d);
    return fillInt64([...b, d], (i) => out[i]);
  }
  const shape = withLast(p.size, d);
  const n = flat(on)[0];
  checkCons([n], 'n', 'nonNeg', false);
  const total = shape.reduce((a, b) => a * b, 1);
  const out = new Array(total).fill(0);
  for (let off = 0; off < total; off += d) multinomialRow(draw, n, pix, 0, d, out, off);
  return fillInt64(shape, (i) => out[i]);
}

function alphaArray(alpha: any): number[] {
  const a = asArray(alpha, D.float64);
  if (a.ndim !== 1) throwPy('ValueError', 'setting an array element with a sequence. The requested array would exceed the maximum number of dimension of 1.');
  return flat(a);
}

function dirichletLegacy(rs: Legacy, p: Record<string, any>): any {
  const alpha = alphaArray(p.alpha);
  if (alpha.some((x) => x <= 0)) throwPy('ValueError', 'alpha <= 0');
  const k = alpha.length;
  const shape = withLast(p.size, k);
  const total = shape.reduce((a, b) => a * b, 1);
  const out = new Array(total).fill(0);
  for (let i = 0; i < total; i += k) {
    let acc = 0.0;
    for (let j = 0; j < k; j++) {
      out[i + j] = legacyStandardGamma(rs.bg, rs, alpha[j]);
      acc = acc + out[i + j];
    }
    const inv = 1 / acc;
    for (let j = 0; j < k; j++) out[i + j] = out[i + j] * inv;
  }
  return fillArray(shape, D.float64, (i) => out[i]);
}

function dirichletGen(g: Src, p: Record<string, any>): any {
  const alpha = alphaArray(p.alpha);
  if (alpha.some((x) => x < 0)) throwPy('ValueError', 'alpha < 0');
  const k = alpha.length;
  const shape = withLast(p.size, k);
  const total = shape.reduce((a, b) => a * b, 1);
  const out = new Array(total).fill(0);
  if (k > 0 && Math.max(...alpha) < 0.1) {
    // stick-breaking with betas against the right-to-left cumulative sums
    const csum = new Array(k).fill(0);
    let c = 0.0;
    for (let j = k - 1; j >= 0; j--) {
      c += alpha[j];
      csum[j] = c;
    }
    if (c > 0) {
      for (let i = 0; i < total; i += k) {
        let acc = 1.0;
        for (let j = 0; j < k - 1; j++) {
          const v = beta(g.bg, alpha[j], csum[j + 1]);
          out[i + j] = acc * v;
          acc *= 1.0 - v;
          if (csum[j + 1] === 0) break;
        }
        out[i + k - 1] = acc;
      }
    }
  } else {
    for (let i = 0; i < total; i += k) {
      let acc = 0.0;
      for (let j = 0; j < k; j++) {
        out[i + j] = standardGamma(g.bg, alpha[j]);
        acc = acc + out[i + j];
      }
      const inv = 1.0 / acc;
      for (let j = 0; j < k; j++) out[i + j] = out[i + j] * inv;
    }
  }
  return fillArray(shape, D.float64, (i) => out[i]);
}

/** A float64 n×m matrix as rows. */
function rows(a: NDArray): number[][] {
  const f = flat(asArray(a, D.float64));
  const [n, m] = a.shape;
  return Array.from({ length: n }, (_, i) => f.slice(i * m, i * m + m));
}

/** Σ_k a[k]·b[k] accumulated in k order with fused multiply-adds (OpenBLAS's dgemm kernels). */
function dotFma(a: number[], b: (k: number) => number): number {
  let acc = 0;
  for (let k = 0; k < a.length; k++) acc = fma(a[k], b(k), acc);
  return acc;
}

/**
 * One row of normals times the factor: with a single row NumPy ends in OpenBLAS's gemv kernels, whose
 * orders (measured against NumPy for 2, 3 and 4 dimensions) differ from dgemm's. Larger single rows fall
 * back to dgemm's order, which may differ from NumPy's in the last bit.
 */
function dotSingleRow(a: number[], b: (k: number) => number, legacy: boolean): number {
  const n = a.length;
  const t = (k: number) => a[k] * b(k);
  if (!legacy && n === 2) return fma(a[0], b(0), t(1));
  if (!legacy && n === 3) return fma(a[2], b(2), fma(a[0], b(0), t(1)));
  if (!legacy && n === 4) return (t(0) + t(2)) + (t(1) + t(3));
  if (legacy && n === 4) return fma(a[3], b(3), fma(a[2], b(2), fma(a[0], b(0), t(1))));
  return dotFma(a, b);
}

function multivariateNormal(src: any, p: Record<string, any>, legacy: boolean): any {
  const methodName = p.method ?? 'svd';
  if (!legacy && !['eigh', 'svd', 'cholesky'].includes(methodName)) throwPy('ValueError', "method must be one of {'eigh', 'svd', 'cholesky'}");
  const mean = asArray(p.mean);
  const cov = asArray(p.cov);
  if (!legacy && (mean.dtype.kind === 'c' || cov.dtype.kind === 'c')) throwPy('TypeError', 'mean and cov must not be complex');
  let shape: number[];
  if (p.size === undefined || p.size === null) shape = [];
  else if (p.size instanceof PyTuple || Array.isArray(p.size)) shape = sizeShape(p.size)!;
  else shape = [pyIndex(p.size)];
  if (mean.ndim !== 1) throwPy('ValueError', 'mean must be 1 dimensional');
  if (cov.ndim !== 2 || cov.shape[0] !== cov.shape[1]) throwPy('ValueError', 'cov must be 2 dimensional and square');
  if (mean.shape[0] !== cov.shape[0]) throwPy('ValueError', 'mean and cov must have same length');
  const n = mean.shape[0];
  const finalShape = [...shape, n];
  const count = finalShape.reduce((a, b) => a * b, 1);
  if (finalShape.some((s) => s < 0)) throwPy('ValueError', 'negative dimensions are not allowed');
  const x = Array.from({ length: count }, legacy ? () => legacyGauss(src.bg, src) : () => standardNormal(src.bg));
  const c = asArray(cov, D.float64);
  const cv = rows(c);
  let factor: number[][]; // factor[i][k]: out[r][i] = Σ_k x[r][k] factor[i][k]
  let psd = true;
  const checkValid = p.check_valid ?? 'warn';
  const tol = p.tol === undefined ? 1e-8 : Number(p.tol);
  if (methodName === 'cholesky' && !legacy) {
    factor = rows(cholesky(c, undefined));
  } else if (methodName === 'eigh' && !legacy) {
    const r = eigh(c, undefined);
    const s = flat(r.items[0]);
    const u = rows(r.items[1]);
    factor = u.map((row) => row.map((v, k) => v * Math.sqrt(Math.abs(s[k]))));
    psd = !s.some((v) => v < -tol);
  } else {
    const r = svd(c, undefined, undefined, undefined);
    const u = rows(r.items[0]);
    const s = flat(r.items[1]);
    const vh = rows(r.items[2]);
    // allclose(dot(vh.T * s, vh), cov, rtol=tol, atol=tol)
    for (let i = 0; i < n && psd; i++) {
      for (let j = 0; j < n; j++) {
        let m = 0;
        for (let k = 0; k < n; k++) m += vh[k][i] * s[k] * vh[k][j];
        if (!(Math.abs(m - cv[i][j]) <= tol + tol * Math.abs(cv[i][j]))) {
          psd = false;
          break;
        }
      }
    }
    factor = legacy
      ? Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, k) => Math.sqrt(s[k]) * vh[k][i]))
      : u.map((row) => row.map((v, k) => v * Math.sqrt(s[k])));
  }
  if (checkValid !== 'ignore' && (legacy || methodName !== 'cholesky')) {
    if (checkValid !== 'warn' && checkValid !== 'raise') throwPy('ValueError', "check_valid must equal 'warn', 'raise', or 'ignore'");
    if (!psd) {
      if (checkValid === 'warn') warn('RuntimeWarning', 'covariance is not symmetric positive-semidefinite.');
      else throwPy('ValueError', 'covariance is not symmetric positive-semidefinite.');
    }
  }
  const mu = flat(asArray(mean, D.float64));
  const out = new Array(count);
  const nrows = count / Math.max(n, 1);
  for (let r = 0; r < nrows; r++) {
    const xr = x.slice(r * n, r * n + n);
    for (let i = 0; i < n; i++) {
      const prod = nrows === 1 ? dotSingleRow(xr, (k) => factor[i][k], legacy) : dotFma(xr, (k) => factor[i][k]);
      out[r * n + i] = legacy ? prod + mu[i] : mu[i] + prod;
    }
  }
  return fillArray(finalShape, D.float64, (i) => out[i]);
}

const mvnNames = ['mean', 'cov', 'size', 'check_valid', 'tol'];

function need(p: Record<string, any>, names: string[], fn: string): void {
  const missing = names.filter((k) => p[k] === undefined);
  if (missing.length === 1) throwPy('TypeError', `${fn}() missing required positional argument: '${missing[0]}'`);
  if (missing.length > 1) throwPy('TypeError', `${fn}() missing ${missing.length} required positional arguments: ${missing.map((m) => `'${m}'`).join(' and ')}`);
}

/** multinomial, dirichlet and multivariate_normal of RandomState. */
export const legacyMultivariateMethods: Record<string, Method> = {
  multinomial: (rs: Legacy, args, kw) => {
    const p = namedArgs('multinomial', args, kw, ['n', 'pvals', 'size']);
    need(p, ['n', 'pvals'], 'multinomial');
    return multinomialLegacy(rs, p);
  },
  dirichlet: (rs: Legacy, args, kw) => {
    const p = namedArgs('dirichlet', args, kw, ['alpha', 'size']);
    need(p, ['alpha'], 'dirichlet');
    return dirichletLegacy(rs, p);
  },
  multivariate_normal: (rs: Legacy, args, kw) => {
    const p = namedArgs('multivariate_normal', args, kw, mvnNames);
    need(p, ['mean', 'cov'], 'multivariate_normal');
    return multivariateNormal(rs, p, true);
  },
};

/** multinomial, dirichlet and multivariate_normal of Generator. */
export const generatorMultivariateMethods: Record<string, Method> = {
  multinomial: (g: Src, args, kw) => {
    const p = namedArgs('multinomial', args, kw, ['n', 'pvals', 'size']);
    need(p, ['n', 'pvals'], 'multinomial');
    return multinomialGen(g, p);
  },
  dirichlet: (g: Src, args, kw) => {
    const p = namedArgs('dirichlet', args, kw, ['alpha', 'size']);
    need(p, ['alpha'], 'dirichlet');
    return dirichletGen(g, p);
  },
  multivariate_normal: (g: Src, args, kw) => {
    const p = namedArgs('multivariate_normal', args, kw, [...mvnNames, 'method']);
    need(p, ['mean', 'cov'], 'multivariate_normal');
    return multivariateNormal(g, p, false);
  },
};
