/**
 * The gamma family with NumPy's exact algorithms (numpy/random/src/distributions/distributions.c for
 * Generator, src/legacy/legacy-distributions.c for RandomState): standard gamma by Marsaglia–Tsang for
 * shape >= 1 and by Ahrens–Dieter-style rejection for shape < 1, and what is built on it — beta (Jöhnk's
 * algorithm when both parameters are <= 1), chi-square, F, Student's t, noncentral chi-square and F.
 *
 * Generator draws its normals and exponentials from the ziggurat; the legacy versions use the polar-method
 * Gaussian (with its cached second value) and -log(1 - U), so each sampler exists twice. A legacy sampler
 * takes the RandomState's GaussCache next to the bit generator. libm calls go to the glibc-exact ports
 * (log, exp); pow uses the correctly rounded crPow, which glibc's pow matches on all but about 1 input
 * in 1,300.
 */
import { crPow } from '../math/libm';
import { BitGenerator } from './bitGenerator';
import { glibcLog } from './glibcLog';
import { glibcExp } from './glibcExp';
import { GaussCache, legacyGauss, legacyStandardExponential, standardNormal, standardExponential, standardNormalF, standardExponentialF, nextFloat } from './distributions';
import { poisson } from './discrete';

const f32 = Math.fround;

/** The Marsaglia–Tsang / rejection sampler shared by both APIs, over their normal and exponential. */
function gammaWith(bg: BitGenerator, shape: number, normal: () => number, expo: () => number): number {
  if (shape === 1.0) return expo();
  if (shape === 0.0) return 0.0;
  if (shape < 1.0) {
    for (;;) {
      const u = bg.nextDouble();
      const v = expo();
      if (u <= 1.0 - shape) {
        const x = crPow(u, 1 / shape);
        if (x <= v) return x;
      } else {
        const y = -glibcLog((1 - u) / shape);
        const x = crPow(1.0 - shape + shape * y, 1 / shape);
        if (x <= v + y) return x;
      }
    }
  }
  const b = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * b);
  for (;;) {
    let x: number, v: number;
    do {
      x = normal();
      v = 1.0 + c * x;
    } while (v <= 0.0);
    v = v * v * v;
    const u = bg.nextDouble();
    if (u < 1.0 - 0.0331 * (x * x) * (x * x)) return b * v;
    if (glibcLog(u) < 0.5 * x * x + b * (1 - v + glibcLog(v))) return b * v;
  }
}

/** Generator's random_standard_gamma. */
export function standardGamma(bg: BitGenerator, shape: number): number {
  return gammaWith(bg, shape, () => standardNormal(bg), () => standardExponential(bg));
}

/** RandomState's legacy_standard_gamma. */
export function legacyStandardGamma(bg: BitGenerator, c: GaussCache, shape: number): number {
  return gammaWith(bg, shape, () => legacyGauss(bg, c), () => legacyStandardExponential(bg));
}

/** Generator's random_standard_gamma_f: the same algorithm in float32 arithmetic. */
export function standardGammaF(bg: BitGenerator, shapeIn: number): number {
  const shape = f32(shapeIn);
  if (shape === 1.0) return standardExponentialF(bg);
  if (shape === 0.0) return 0.0;
  if (shape < 1.0) {
    for (;;) {
      const u = nextFloat(bg);
      const v = standardExponentialF(bg);
      const inv = f32(1 / shape);
      if (u <= f32(1 - shape)) {
        const x = f32(crPow(u, inv));
        if (x <= v) return x;
      } else {
        // -logf((1 - U) / shape); logf is correctly rounded in glibc
        const y = -f32(Math.log(f32(f32(1 - u) / shape)));
        const x = f32(crPow(f32(f32(1 - shape) + f32(shape * y)), inv));
        if (x <= f32(v + y)) return x;
      }
    }
  }
  const b = f32(shape - f32(1 / 3));
  const c = f32(1 / f32(Math.sqrt(f32(9 * b))));
  for (;;) {
    let x: number, v: number;
    do {
      x = standardNormalF(bg);
      v = f32(1 + f32(c * x));
    } while (v <= 0.0);
    v = f32(f32(v * v) * v);
    const u = nextFloat(bg);
    const x2 = f32(x * x);
    if (u < f32(1 - f32(f32(f32(0.0331) * x2) * x2))) return f32(b * v);
    const lhs = f32(Math.log(u));
    const rhs = f32(f32(f32(f32(0.5) * x) * x) + f32(b * f32(f32(1 - v) + f32(Math.log(v)))));
    if (lhs < rhs) return f32(b * v);
  }
}

const BETA_TINY = 3e-103;

/** Generator's random_beta. */
export function beta(bg: BitGenerator, a: number, b: number): number {
  if (a <= 1.0 && b <= 1.0) {
    if (a < BETA_TINY && b < BETA_TINY) {
      // both tiny: the result is 0 or 1 with odds a : b
      const u = bg.nextDouble();
      return (a + b) * u < a ? 1.0 : 0.0;
    }
    for (;;) {
      const u = bg.nextDouble();
      const v = bg.nextDouble();
      const x = crPow(u, 1 / a);
      const y = crPow(v, 1 / b);
      const xpy = x + y;
      if (xpy <= 1.0 && u + v > 0.0) {
        if (x > 0 && y > 0) return x / xpy;
        return betaByLogs(u, v, a, b);
      }
    }
  }
  const ga = standardGamma(bg, a);
  const gb = standardGamma(bg, b);
  return ga / (ga + gb);
}

/** X / (X + Y) from the logarithms of X = U**(1/a) and Y = V**(1/b) when one of them underflows. */
function betaByLogs(u: number, v: number, a: number, b: number): number {
  let logX = glibcLog(u) / a;
  let logY = glibcLog(v) / b;
  const logM = logX > logY ? logX : logY;
  logX -= logM;
  logY -= logM;
  return glibcExp(logX - glibcLog(glibcExp(logX) + glibcExp(logY)));
}

/** RandomState's legacy_beta. */
export function legacyBeta(bg: BitGenerator, c: GaussCache, a: number, b: number): number {
  if (a <= 1.0 && b <= 1.0) {
    for (;;) {
      const u = bg.nextDouble();
      const v = bg.nextDouble();
      const x = crPow(u, 1 / a);
      const y = crPow(v, 1 / b);
      if (x + y <= 1.0) {
        if (x + y > 0) return x / (x + y);
        return betaByLogs(u, v, a, b);
      }
    }
  }
  const ga = legacyStandardGamma(bg, c, a);
  const gb = legacyStandardGamma(bg, c, b);
  return ga / (ga + gb);
}

/** random_chisquare: 2 · gamma(df / 2). */
export function chisquare(bg: BitGenerator, df: number): number {
  return 2.0 * standardGamma(bg, df / 2.0);
}
export function legacyChisquare(bg: BitGenerator, c: GaussCache, df: number): number {
  return 2.0 * legacyStandardGamma(bg, c, df / 2.0);
}

/** random_f: (chi2(dfnum) · dfden) / (chi2(dfden) · dfnum). */
export function fDist(bg: BitGenerator, dfnum: number, dfden: number): number {
  return (chisquare(bg, dfnum) * dfden) / (chisquare(bg, dfden) * dfnum);
}
export function legacyF(bg: BitGenerator, c: GaussCache, dfnum: number, dfden: number): number {
  return (legacyChisquare(bg, c, dfnum) * dfden) / (legacyChisquare(bg, c, dfden) * dfnum);
}

/** random_standard_t: sqrt(df / 2) · N / sqrt(gamma(df / 2)). */
export function standardT(bg: BitGenerator, df: number): number {
  const num = standardNormal(bg);
  const denom = standardGamma(bg, df / 2);
  return (Math.sqrt(df / 2) * num) / Math.sqrt(denom);
}
export function legacyStandardT(bg: BitGenerator, c: GaussCache, df: number): number {
  const num = legacyGauss(bg, c);
  const denom = legacyStandardGamma(bg, c, df / 2);
  return (Math.sqrt(df / 2) * num) / Math.sqrt(denom);
}

/** random_noncentral_chisquare: NaN for a NaN nonc; chi2(df - 1) + (N + sqrt(nonc))² when df > 1, else a Poisson mixture. */
export function noncentralChisquare(bg: BitGenerator, df: number, nonc: number): number {
  if (Number.isNaN(nonc)) return NaN;
  if (nonc === 0) return chisquare(bg, df);
  if (1 < df) {
    const chi2 = chisquare(bg, df - 1);
    const n = standardNormal(bg) + Math.sqrt(nonc);
    return chi2 + n * n;
  }
  const i = poisson(bg, nonc / 2.0);
  return chisquare(bg, df + 2 * i);
}

/** legacy_noncentral_chisquare: as above, with the NaN check after the draws (the legacy stream). */
export function legacyNoncentralChisquare(bg: BitGenerator, c: GaussCache, df: number, nonc: number): number {
  if (nonc === 0) return legacyChisquare(bg, c, df);
  if (1 < df) {
    const chi2 = legacyChisquare(bg, c, df - 1);
    const n = legacyGauss(bg, c) + Math.sqrt(nonc);
    return chi2 + n * n;
  }
  const i = poisson(bg, nonc / 2.0);
  const out = legacyChisquare(bg, c, df + 2 * i);
  return Number.isNaN(nonc) ? NaN : out;
}

/** random_noncentral_f. */
export function noncentralF(bg: BitGenerator, dfnum: number, dfden: number, nonc: number): number {
  const t = noncentralChisquare(bg, dfnum, nonc) * dfden;
  return t / (chisquare(bg, dfden) * dfnum);
}
export function legacyNoncentralF(bg: BitGenerator, c: GaussCache, dfnum: number, dfden: number, nonc: number): number {
  const t = legacyNoncentralChisquare(bg, c, dfnum, nonc) * dfden;
  return t / (legacyChisquare(bg, c, dfden) * dfnum);
}
