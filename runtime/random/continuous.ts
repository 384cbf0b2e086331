/**
 * Continuous samplers by transformation, with NumPy's exact formulas (distributions.c for Generator,
 * legacy-distributions.c for RandomState): Pareto, Weibull, power, Laplace, Gumbel, logistic, lognormal,
 * Rayleigh, Wald, von Mises, triangular and Cauchy. Laplace, Gumbel, logistic and triangular are shared by
 * both APIs; the others exist twice because Generator draws ziggurat normals/exponentials (and later NumPy
 * versions refined some formulas with expm1/log1p) while RandomState keeps NumPy 1.16's code.
 *
 * libm: log, log1p, exp and expm1 are the glibc-exact ports; pow, cos and acos the correctly rounded ones
 * (glibc's agree on all but about 1 input in 1,000).
 */
import { crPow, crCos, crAcos } from '../math/libm';
import { BitGenerator } from './bitGenerator';
import { glibcLog, glibcLog1p } from './glibcLog';
import { glibcExp } from './glibcExp';
import { glibcExpm1 } from './glibcExpm1';
import { GaussCache, legacyGauss, legacyStandardExponential, standardNormal, standardExponential } from './distributions';

/** Generator's random_pareto: expm1(E / a). */
export function pareto(bg: BitGenerator, a: number): number {
  return glibcExpm1(standardExponential(bg) / a);
}
export function legacyPareto(bg: BitGenerator, a: number): number {
  return glibcExp(legacyStandardExponential(bg) / a) - 1;
}

/** random_weibull: E**(1/a), 0 for a == 0. */
export function weibull(bg: BitGenerator, a: number): number {
  if (a === 0.0) return 0.0;
  return crPow(standardExponential(bg), 1 / a);
}
export function legacyWeibull(bg: BitGenerator, a: number): number {
  if (a === 0.0) return 0.0;
  return crPow(legacyStandardExponential(bg), 1 / a);
}

/** Generator's random_power: (-expm1(-E))**(1/a). */
export function power(bg: BitGenerator, a: number): number {
  return crPow(-glibcExpm1(-standardExponential(bg)), 1 / a);
}
export function legacyPower(bg: BitGenerator, a: number): number {
  return crPow(1 - glibcExp(-legacyStandardExponential(bg)), 1 / a);
}

/** random_laplace (U == 0 is rejected). */
export function laplace(bg: BitGenerator, loc: number, scale: number): number {
  for (;;) {
    const u = bg.nextDouble();
    if (u >= 0.5) return loc - scale * glibcLog(2.0 - u - u);
    if (u > 0.0) return loc + scale * glibcLog(u + u);
  }
}

/** random_gumbel (U == 1 after 1 - U is rejected). */
export function gumbel(bg: BitGenerator, loc: number, scale: number): number {
  for (;;) {
    const u = 1.0 - bg.nextDouble();
    if (u < 1.0) return loc - scale * glibcLog(-glibcLog(u));
  }
}

/** random_logistic (U == 0 is rejected). */
export function logistic(bg: BitGenerator, loc: number, scale: number): number {
  for (;;) {
    const u = bg.nextDouble();
    if (u > 0.0) return loc + scale * glibcLog(u / (1.0 - u));
  }
}

/** random_lognormal: exp(normal(mean, sigma)). */
export function lognormal(bg: BitGenerator, mean: number, sigma: number): number {
  return glibcExp(mean + sigma * standardNormal(bg));
}
export function legacyLognormal(bg: BitGenerator, c: GaussCache, mean: number, sigma: number): number {
  return glibcExp(mean + sigma * legacyGauss(bg, c));
}

/** Generator's random_rayleigh: mode · sqrt(2E) with the ziggurat exponential. */
export function rayleigh(bg: BitGenerator, mode: number): number {
  return mode * Math.sqrt(2.0 * standardExponential(bg));
}
/** legacy_rayleigh: mode · sqrt(-2 log1p(-U)). */
export function legacyRayleigh(bg: BitGenerator, mode: number): number {
  return mode * Math.sqrt(-2.0 * glibcLog1p(-bg.nextDouble()));
}

/** legacy_wald: the textbook root, as NumPy 1.16 computed it. */
export function legacyWald(bg: BitGenerator, c: GaussCache, mean: number, scale: number): number {
  const n = legacyGauss(bg, c);
  const mu2l = mean / (2 * scale);
  const y = mean * n * n;
  const x = mean + mu2l * (y - Math.sqrt(4 * scale * y + y * y));
  const u = bg.nextDouble();
  return u <= mean / (mean + x) ? x : (mean * mean) / x;
}
/** Generator's random_wald (inverse Gaussian), with the cancellation-free form of the root. */
export function wald(bg: BitGenerator, mean: number, scale: number): number {
  const n = standardNormal(bg);
  const y = mean * n * n;
  const d = 1 + Math.sqrt(1 + (4 * scale) / y);
  const x = mean * (1 - 2 / d);
  const u = bg.nextDouble();
  return u <= mean / (mean + x) ? x : (mean * mean) / x;
}

/** random_vonmises; `legacy` drops Generator's wrapped-normal path for kappa > 1e6. */
export function vonmises(bg: BitGenerator, mu: number, kappa: number, legacy: boolean): number {
  if (Number.isNaN(kappa)) return NaN;
  if (kappa < 1e-8) return Math.PI * (2 * bg.nextDouble() - 1);
  let s: number;
  if (kappa < 1e-5) {
    s = 1 / kappa + kappa;
  } else if (legacy || kappa <= 1e6) {
    const r = 1 + Math.sqrt(1 + 4 * kappa * kappa);
    const rho = (r - Math.sqrt(2 * r)) / (2 * kappa);
    s = (1 + rho * rho) / (2 * rho);
  } else {
    let result = mu + Math.sqrt(1 / kappa) * standardNormal(bg);
    if (result < -Math.PI) result += 2 * Math.PI;
    if (result > Math.PI) result -= 2 * Math.PI;
    return result;
  }
  let w: number;
  for (;;) {
    const u = bg.nextDouble();
    const z = crCos(Math.PI * u);
    w = (1 + s * z) / (s + z);
    const y = kappa * (s - w);
    const v = bg.nextDouble();
    if (y * (2 - y) - v >= 0 || glibcLog(y / v) + 1 - y >= 0) break;
  }
  const u = bg.nextDouble();
  let result = crAcos(w);
  if (u < 0.5) result = -result;
  result += mu;
  const neg = result < 0;
  let mod = Math.abs(result);
  mod = ((mod + Math.PI) % (2 * Math.PI)) - Math.PI;
  if (neg) mod *= -1;
  return mod;
}

/** random_triangular by inversion. */
export function triangular(bg: BitGenerator, left: number, mode: number, right: number): number {
  const base = right - left;
  const leftbase = mode - left;
  const ratio = leftbase / base;
  const leftprod = leftbase * base;
  const rightprod = (right - mode) * base;
  const u = bg.nextDouble();
  if (u <= ratio) return left + Math.sqrt(u * leftprod);
  return right - Math.sqrt((1.0 - u) * rightprod);
}

/** random_standard_cauchy: N1 / N2. */
export function standardCauchy(bg: BitGenerator): number {
  return standardNormal(bg) / standardNormal(bg);
}
export function legacyStandardCauchy(bg: BitGenerator, c: GaussCache): number {
  return legacyGauss(bg, c) / legacyGauss(bg, c);
}
