/**
 * The univariate distributions of `numpy.random` — gamma, beta, binomial, Poisson, … — as methods of
 * RandomState (legacy samplers) and Generator (current samplers), with NumPy 2.4's argument handling
 * (_generator.pyx, mtrand.pyx): parameter names and constraints and their exact error messages, scalar
 * parameters giving a Python float/int when size is None, array parameters broadcast against each other
 * and against `size`. The samplers themselves live in runtime/random/ (gamma.ts, continuous.ts,
 * discrete.ts, hypergeometric.ts).
 */
import * as D from '../../../runtime/dtype';
import { NDArray } from '../../../runtime/ndarray';
import { heap } from '../../../runtime/memory';
import { BitGenerator } from '../../../runtime/random/bitGenerator';
import { GaussCache } from '../../../runtime/random/distributions';
import * as G from '../../../runtime/random/gamma';
import * as C from '../../../runtime/random/continuous';
import * as Q from '../../../runtime/random/discrete';
import { hypergeometric, legacyHypergeometric } from '../../../runtime/random/hypergeometric';
import { float } from '../../objects/values';
import { throwPy } from '../../objects/errors';
import { Method } from '../../objects/types/define';
import { toDType } from './dtypes';
import { DistParam, Cons, contDist, discDist, distColumns, sizeShape, fillArray, isScalarLike, toDouble, checkCons, POISSON_LAM_MAX, namedArgs, ufuncBroadcast } from './randomArgs';
import { asArray } from './coerce';

type Src = { bg: BitGenerator };
type Legacy = Src & GaussCache;

const P = (value: any, name: string, cons: Cons, int = false): DistParam => ({ value, name, cons, int });

function need(p: Record<string, any>, names: string[], fn: string): void {
  const missing = names.filter((n) => p[n] === undefined);
  if (missing.length === 1) throwPy('TypeError', `${fn}() missing required positional argument: '${missing[0]}'`);
  if (missing.length > 1) {
    const q = missing.map((n) => `'${n}'`);
    throwPy('TypeError', `${fn}() missing ${missing.length} required positional arguments: ${q.slice(0, -1).join(', ')} and ${q[q.length - 1]}`);
  }
}

/** A method over named arguments (`req` are required, `defaults` fill the rest). */
function method(fn: string, names: string[], req: string[], body: (src: any, p: Record<string, any>) => any, defaults: Record<string, any> = {}): Method {
  return (src: any, args: any[], kw: any) => {
    const p = namedArgs(fn, args, kw, names);
    need(p, req, fn);
    for (const [k, v] of Object.entries(defaults)) if (p[k] === undefined) p[k] = v;
    return body(src, p);
  };
}

/** triangular's cross-parameter checks, then the sampler. */
function triangular(src: Src, p: Record<string, any>): any {
  const ps = [P(p.left, 'left', 'none'), P(p.mode, 'mode', 'none'), P(p.right, 'right', 'none')];
  // NumPy compares the parameters pairwise with ufuncs before drawing: their broadcast errors come first
  if (!ps.every((x) => isScalarLike(x.value))) {
    const [l, m, r] = ps.map((x) => asArray(x.value).shape);
    ufuncBroadcast(l, m);
    ufuncBroadcast(m, r);
    ufuncBroadcast(l, r);
  }
  const cols = distColumns(ps);
  const check = (l: number, m: number, r: number) => {
    if (l > m) throwPy('ValueError', 'left > mode');
    if (m > r) throwPy('ValueError', 'mode > right');
    if (l === r) throwPy('ValueError', 'left == right');
  };
  if (cols === null) check(toDouble(p.left), toDouble(p.mode), toDouble(p.right));
  else {
    if (cols[0].some((l, i) => l > cols[1][i])) throwPy('ValueError', 'left > mode');
    if (cols[1].some((m, i) => m > cols[2][i])) throwPy('ValueError', 'mode > right');
    if (cols[0].some((l, i) => l === cols[2][i])) throwPy('ValueError', 'left == right');
  }
  return contDist(p.size, ps, (l, m, r) => C.triangular(src.bg, l, m, r));
}

/** hypergeometric's checks (Generator: nsample >= 0 and ngood, nbad < 10**9; RandomState: nsample >= 1). */
function hypergeometricArgs(src: Src, p: Record<string, any>, legacy: boolean): any {
  const ps = [P(p.ngood, 'ngood', 'nonNeg', true), P(p.nbad, 'nbad', 'nonNeg', true), P(p.nsample, 'nsample', legacy ? 'gte1' : 'nonNeg', true)];
  const scalar = ps.every((x) => isScalarLike(x.value));
  const check = (g: number[], b: number[], s: number[]) => {
    if (g.some((x) => x < 0)) throwPy('ValueError', 'ngood < 0');
    if (b.some((x) => x < 0)) throwPy('ValueError', 'nbad < 0');
    if (legacy) {
      if (s.some((x) => !(x >= 1))) throwPy('ValueError', scalar ? 'nsample < 1 or nsample is NaN' : 'nsample < 1 or nsample contains NaNs');
    } else if (s.some((x) => x < 0)) throwPy('ValueError', 'nsample < 0');
    if (g.some((x, i) => x + b[i] < s[i])) throwPy('ValueError', 'ngood + nbad < nsample');
    if (!legacy && (g.some((x) => x >= 1e9) || b.some((x) => x >= 1e9))) throwPy('ValueError', 'both ngood and nbad must be less than 1000000000');
  };
  const sampler = legacy ? legacyHypergeometric : hypergeometric;
  const nocons = ps.map((x) => ({ ...x, cons: 'none' as Cons }));
  if (scalar) {
    const cols = ps.map((x) => [Math.trunc(toDouble(x.value))]);
    // the sum check comes before the sign checks in NumPy's scalar path
    if (cols[0][0] + cols[1][0] < cols[2][0] && cols[2][0] >= (legacy ? 1 : 0)) throwPy('ValueError', 'ngood + nbad < nsample');
    check(cols[0], cols[1], cols[2]);
  } else {
    // np.less(np.add(ngood, nbad), nsample) runs first
    const [g, b, n] = ps.map((x) => asArray(x.value).shape);
    ufuncBroadcast(ufuncBroadcast(g, b), n);
    const cols = distColumns(ps)!.map((c) => c.map(Math.trunc));
    if (cols[0].some((x, i) => x + cols[1][i] < cols[2][i]) && cols[2].every((x) => x >= (legacy ? 1 : 0))) throwPy('ValueError', 'ngood + nbad < nsample');
    check(cols[0], cols[1], cols[2]);
  }
  return discDist(p.size, nocons, (g, b, s) => sampler(src.bg, g, b, s));
}

/** Generator.negative_binomial's extra check: the Poisson mean must stay below POISSON_LAM_MAX. */
function negativeBinomialGen(src: Src, p: Record<string, any>): any {
  const ps = [P(p.n, 'n', 'positiveNotNan'), P(p.p, 'p', 'boundedGt01')];
  const tooLarge = (n: number, q: number) => ((1 - q) / q) * (n + 10 * Math.sqrt(n)) > POISSON_LAM_MAX;
  const check = (ns: number[], qs: number[]) => {
    checkCons(ns, 'n', 'positiveNotNan', ns.length !== 1 || !isScalarLike(p.n));
    checkCons(qs, 'p', 'boundedGt01', true);
    if (ns.some((n, i) => tooLarge(n, qs[i]))) throwPy('ValueError', 'n too large or p too small, see Generator.negative_binomial Notes');
  };
  const cols = distColumns(ps);
  if (cols === null) check([toDouble(p.n)], [toDouble(p.p)]);
  else check(cols[0], cols[1]);
  return discDist(p.size, ps, (n, q) => Q.poisson(src.bg, G.standardGamma(src.bg, n) * ((1 - q) / q)));
}

/** The distribution methods of RandomState (legacy samplers). */
export const legacyDistributionMethods: Record<string, Method> = {
  standard_gamma: method('standard_gamma', ['shape', 'size'], ['shape'], (s: Legacy, p) => contDist(p.size, [P(p.shape, 'shape', 'nonNeg')], (k) => G.legacyStandardGamma(s.bg, s, k))),
  gamma: method('gamma', ['shape', 'scale', 'size'], ['shape'], (s: Legacy, p) => contDist(p.size, [P(p.shape, 'shape', 'nonNeg'), P(p.scale, 'scale', 'nonNeg')], (k, t) => t * G.legacyStandardGamma(s.bg, s, k)), { scale: 1.0 }),
  beta: method('beta', ['a', 'b', 'size'], ['a', 'b'], (s: Legacy, p) => contDist(p.size, [P(p.a, 'a', 'positive'), P(p.b, 'b', 'positive')], (a, b) => G.legacyBeta(s.bg, s, a, b))),
  chisquare: method('chisquare', ['df', 'size'], ['df'], (s: Legacy, p) => contDist(p.size, [P(p.df, 'df', 'positive')], (df) => G.legacyChisquare(s.bg, s, df))),
  noncentral_chisquare: method('noncentral_chisquare', ['df', 'nonc', 'size'], ['df', 'nonc'], (s: Legacy, p) => contDist(p.size, [P(p.df, 'df', 'positive'), P(p.nonc, 'nonc', 'nonNeg')], (df, nc) => G.legacyNoncentralChisquare(s.bg, s, df, nc))),
  f: method('f', ['dfnum', 'dfden', 'size'], ['dfnum', 'dfden'], (s: Legacy, p) => contDist(p.size, [P(p.dfnum, 'dfnum', 'positive'), P(p.dfden, 'dfden', 'positive')], (a, b) => G.legacyF(s.bg, s, a, b))),
  noncentral_f: method('noncentral_f', ['dfnum', 'dfden', 'nonc', 'size'], ['dfnum', 'dfden', 'nonc'], (s: Legacy, p) => contDist(p.size, [P(p.dfnum, 'dfnum', 'positive'), P(p.dfden, 'dfden', 'positive'), P(p.nonc, 'nonc', 'nonNeg')], (a, b, nc) => G.legacyNoncentralF(s.bg, s, a, b, nc))),
  standard_t: method('standard_t', ['df', 'size'], ['df'], (s: Legacy, p) => contDist(p.size, [P(p.df, 'df', 'positive')], (df) => G.legacyStandardT(s.bg, s, df))),
  standard_cauchy: method('standard_cauchy', ['size'], [], (s: Legacy, p) => contDist(p.size, [], () => C.legacyStandardCauchy(s.bg, s))),
  lognormal: method('lognormal', ['mean', 'sigma', 'size'], [], (s: Legacy, p) => contDist(p.size, [P(p.mean, 'mean', 'none'), P(p.sigma, 'sigma', 'nonNeg')], (m, sg) => C.legacyLognormal(s.bg, s, m, sg)), { mean: 0.0, sigma: 1.0 }),
  laplace: method('laplace', ['loc', 'scale', 'size'], [], (s: Legacy, p) => contDist(p.size, [P(p.loc, 'loc', 'none'), P(p.scale, 'scale', 'nonNeg')], (l, sc) => C.laplace(s.bg, l, sc)), { loc: 0.0, scale: 1.0 }),
  gumbel: method('gumbel', ['loc', 'scale', 'size'], [], (s: Legacy, p) => contDist(p.size, [P(p.loc, 'loc', 'none'), P(p.scale, 'scale', 'nonNeg')], (l, sc) => C.gumbel(s.bg, l, sc)), { loc: 0.0, scale: 1.0 }),
  logistic: method('logistic', ['loc', 'scale', 'size'], [], (s: Legacy, p) => contDist(p.size, [P(p.loc, 'loc', 'none'), P(p.scale, 'scale', 'nonNeg')], (l, sc) => C.logistic(s.bg, l, sc)), { loc: 0.0, scale: 1.0 }),
  rayleigh: method('rayleigh', ['scale', 'size'], [], (s: Legacy, p) => contDist(p.size, [P(p.scale, 'scale', 'nonNeg')], (sc) => C.legacyRayleigh(s.bg, sc)), { scale: 1.0 }),
  wald: method('wald', ['mean', 'scale', 'size'], ['mean', 'scale'], (s: Legacy, p) => contDist(p.size, [P(p.mean, 'mean', 'positive'), P(p.scale, 'scale', 'positive')], (m, sc) => C.legacyWald(s.bg, s, m, sc))),
  pareto: method('pareto', ['a', 'size'], ['a'], (s: Legacy, p) => contDist(p.size, [P(p.a, 'a', 'positive')], (a) => C.legacyPareto(s.bg, a))),
  weibull: method('weibull', ['a', 'size'], ['a'], (s: Legacy, p) => contDist(p.size, [P(p.a, 'a', 'nonNeg')], (a) => C.legacyWeibull(s.bg, a))),
  power: method('power', ['a', 'size'], ['a'], (s: Legacy, p) => contDist(p.size, [P(p.a, 'a', 'positive')], (a) => C.legacyPower(s.bg, a))),
  vonmises: method('vonmises', ['mu', 'kappa', 'size'], ['mu', 'kappa'], (s: Legacy, p) => contDist(p.size, [P(p.mu, 'mu', 'none'), P(p.kappa, 'kappa', 'nonNeg')], (m, k) => C.vonmises(s.bg, m, k, true))),
  triangular: method('triangular', ['left', 'mode', 'right', 'size'], ['left', 'mode', 'right'], triangular),
  binomial: method('binomial', ['n', 'p', 'size'], ['n', 'p'], (s: Legacy, p) => discDist(p.size, [P(p.p, 'p', 'bounded01'), P(p.n, 'n', 'nonNeg', true)], (q, n) => Q.legacyBinomial(s.bg, q, n))),
  negative_binomial: method('negative_binomial', ['n', 'p', 'size'], ['n', 'p'], (s: Legacy, p) => discDist(p.size, [P(p.n, 'n', 'positive'), P(p.p, 'p', 'bounded01')], (n, q) => Q.poisson(s.bg, G.legacyStandardGamma(s.bg, s, n) * ((1 - q) / q)))),
  poisson: method('poisson', ['lam', 'size'], [], (s: Legacy, p) => discDist(p.size, [P(p.lam, 'lam', 'legacyPoisson')], (l) => Q.poisson(s.bg, l)), { lam: 1.0 }),
  geometric: method('geometric', ['p', 'size'], ['p'], (s: Legacy, p) => discDist(p.size, [P(p.p, 'p', 'boundedGt01')], (q) => Q.legacyGeometric(s.bg, q))),
  zipf: method('zipf', ['a', 'size'], ['a'], (s: Legacy, p) => discDist(p.size, [P(p.a, 'a', 'gt1')], (a) => Q.legacyZipf(s.bg, a))),
  logseries: method('logseries', ['p', 'size'], ['p'], (s: Legacy, p) => discDist(p.size, [P(p.p, 'p', 'boundedLt01')], (q) => Q.legacyLogseries(s.bg, q))),
  hypergeometric: method('hypergeometric', ['ngood', 'nbad', 'nsample', 'size'], ['ngood', 'nbad', 'nsample'], (s: Legacy, p) => hypergeometricArgs(s, p, true)),
};

/** A float dtype argument for Generator: float64 or float32, else NumPy's TypeError. */
function floatDType(dtypeArg: any, what: string): D.DType {
  const dt = dtypeArg === undefined ? D.float64 : toDType(dtypeArg);
  if (dt !== D.float64 && dt !== D.float32) throwPy('TypeError', `Unsupported dtype dtype('${dt.name}') for ${what}`);
  return dt;
}

/** Generator.standard_gamma(shape, size, dtype, out). */
function standardGammaGen(g: Src, p: Record<string, any>): any {
  const dt = floatDType(p.dtype, 'standard_gamma');
  const f32 = dt === D.float32;
  const draw = (k: number) => (f32 ? G.standardGammaF(g.bg, k) : G.standardGamma(g.bg, k));
  let r: any;
  if (p.out !== undefined && p.out !== null) {
    const out = p.out;
    if (!(out instanceof NDArray) || out.dtype !== dt) throwPy('TypeError', 'Supplied output array has the wrong type.');
    const size = sizeShape(p.size) ?? out.shape;
    r = contDist(size, [P(p.shape, 'shape', 'nonNeg')], draw);
    const n = out.size;
    const src = r instanceof NDArray ? (r.toArray() as number[]) : [r];
    const v = f32 ? new Float32Array(heap.buffer, out.addr, n) : new Float64Array(heap.buffer, out.addr, n);
    for (let i = 0; i < n; i++) v[i] = Number(src[i] instanceof Object ? (src[i] as any).v : src[i]);
    return out;
  }
  r = contDist(p.size, [P(p.shape, 'shape', 'nonNeg')], draw);
  if (!f32) return r;
  if (r instanceof NDArray) return fillArray(r.shape, D.float32, ((vals: number[]) => (i: number) => vals[i])(r.toArray() as number[]));
  return float(Math.fround(r.v ?? r));
}

/** The distribution methods of Generator. */
export const generatorDistributionMethods: Record<string, Method> = {
  standard_gamma: method('standard_gamma', ['shape', 'size', 'dtype', 'out'], ['shape'], standardGammaGen),
  gamma: method('gamma', ['shape', 'scale', 'size'], ['shape'], (g: Src, p) => contDist(p.size, [P(p.shape, 'shape', 'nonNeg'), P(p.scale, 'scale', 'nonNeg')], (k, t) => t * G.standardGamma(g.bg, k)), { scale: 1.0 }),
  beta: method('beta', ['a', 'b', 'size'], ['a', 'b'], (g: Src, p) => contDist(p.size, [P(p.a, 'a', 'positive'), P(p.b, 'b', 'positive')], (a, b) => G.beta(g.bg, a, b))),
  chisquare: method('chisquare', ['df', 'size'], ['df'], (g: Src, p) => contDist(p.size, [P(p.df, 'df', 'positive')], (df) => G.chisquare(g.bg, df))),
  noncentral_chisquare: method('noncentral_chisquare', ['df', 'nonc', 'size'], ['df', 'nonc'], (g: Src, p) => contDist(p.size, [P(p.df, 'df', 'positive'), P(p.nonc, 'nonc', 'nonNeg')], (df, nc) => G.noncentralChisquare(g.bg, df, nc))),
  f: method('f', ['dfnum', 'dfden', 'size'], ['dfnum', 'dfden'], (g: Src, p) => contDist(p.size, [P(p.dfnum, 'dfnum', 'positive'), P(p.dfden, 'dfden', 'positive')], (a, b) => G.fDist(g.bg, a, b))),
  noncentral_f: method('noncentral_f', ['dfnum', 'dfden', 'nonc', 'size'], ['dfnum', 'dfden', 'nonc'], (g: Src, p) => contDist(p.size, [P(p.dfnum, 'dfnum', 'positive'), P(p.dfden, 'dfden', 'positive'), P(p.nonc, 'nonc', 'nonNeg')], (a, b, nc) => G.noncentralF(g.bg, a, b, nc))),
  standard_t: method('standard_t', ['df', 'size'], ['df'], (g: Src, p) => contDist(p.size, [P(p.df, 'df', 'positive')], (df) => G.standardT(g.bg, df))),
  standard_cauchy: method('standard_cauchy', ['size'], [], (g: Src, p) => contDist(p.size, [], () => C.standardCauchy(g.bg))),
  lognormal: method('lognormal', ['mean', 'sigma', 'size'], [], (g: Src, p) => contDist(p.size, [P(p.mean, 'mean', 'none'), P(p.sigma, 'sigma', 'nonNeg')], (m, sg) => C.lognormal(g.bg, m, sg)), { mean: 0.0, sigma: 1.0 }),
  laplace: method('laplace', ['loc', 'scale', 'size'], [], (g: Src, p) => contDist(p.size, [P(p.loc, 'loc', 'none'), P(p.scale, 'scale', 'nonNeg')], (l, sc) => C.laplace(g.bg, l, sc)), { loc: 0.0, scale: 1.0 }),
  gumbel: method('gumbel', ['loc', 'scale', 'size'], [], (g: Src, p) => contDist(p.size, [P(p.loc, 'loc', 'none'), P(p.scale, 'scale', 'nonNeg')], (l, sc) => C.gumbel(g.bg, l, sc)), { loc: 0.0, scale: 1.0 }),
  logistic: method('logistic', ['loc', 'scale', 'size'], [], (g: Src, p) => contDist(p.size, [P(p.loc, 'loc', 'none'), P(p.scale, 'scale', 'nonNeg')], (l, sc) => C.logistic(g.bg, l, sc)), { loc: 0.0, scale: 1.0 }),
  rayleigh: method('rayleigh', ['scale', 'size'], [], (g: Src, p) => contDist(p.size, [P(p.scale, 'scale', 'nonNeg')], (sc) => C.rayleigh(g.bg, sc)), { scale: 1.0 }),
  wald: method('wald', ['mean', 'scale', 'size'], ['mean', 'scale'], (g: Src, p) => contDist(p.size, [P(p.mean, 'mean', 'positive'), P(p.scale, 'scale', 'positive')], (m, sc) => C.wald(g.bg, m, sc))),
  pareto: method('pareto', ['a', 'size'], ['a'], (g: Src, p) => contDist(p.size, [P(p.a, 'a', 'positive')], (a) => C.pareto(g.bg, a))),
  weibull: method('weibull', ['a', 'size'], ['a'], (g: Src, p) => contDist(p.size, [P(p.a, 'a', 'nonNeg')], (a) => C.weibull(g.bg, a))),
  power: method('power', ['a', 'size'], ['a'], (g: Src, p) => contDist(p.size, [P(p.a, 'a', 'positive')], (a) => C.power(g.bg, a))),
  vonmises: method('vonmises', ['mu', 'kappa', 'size'], ['mu', 'kappa'], (g: Src, p) => contDist(p.size, [P(p.mu, 'mu', 'none'), P(p.kappa, 'kappa', 'nonNeg')], (m, k) => C.vonmises(g.bg, m, k, false))),
  triangular: method('triangular', ['left', 'mode', 'right', 'size'], ['left', 'mode', 'right'], triangular),
  binomial: method('binomial', ['n', 'p', 'size'], ['n', 'p'], (g: Src, p) => discDist(p.size, [P(p.p, 'p', 'bounded01'), P(p.n, 'n', 'nonNeg', true)], (q, n) => Q.binomial(g.bg, q, n))),
  negative_binomial: method('negative_binomial', ['n', 'p', 'size'], ['n', 'p'], negativeBinomialGen),
  poisson: method('poisson', ['lam', 'size'], [], (g: Src, p) => discDist(p.size, [P(p.lam, 'lam', 'poisson')], (l) => Q.poisson(g.bg, l)), { lam: 1.0 }),
  geometric: method('geometric', ['p', 'size'], ['p'], (g: Src, p) => discDist(p.size, [P(p.p, 'p', 'boundedGt01')], (q) => Q.geometric(g.bg, q))),
  zipf: method('zipf', ['a', 'size'], ['a'], (g: Src, p) => discDist(p.size, [P(p.a, 'a', 'gt1')], (a) => Q.zipf(g.bg, a))),
  logseries: method('logseries', ['p', 'size'], ['p'], (g: Src, p) => discDist(p.size, [P(p.p, 'p', 'boundedLt01')], (q) => Q.logseries(g.bg, q))),
  hypergeometric: method('hypergeometric', ['ngood', 'nbad', 'nsample', 'size'], ['ngood', 'nbad', 'nsample'], (g: Src, p) => hypergeometricArgs(g, p, false)),
};
