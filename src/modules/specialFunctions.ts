/**
 * Special functions of the `math` module: gamma and lgamma by CPython's Lanczos approximation
 * (g = 6.02468…, N = 13, coefficients and reflection formulas from mathmodule.c, so results match
 * CPython bit for bit given correctly rounded exp/pow/log/sin/cos), and erf / erfc evaluated in
 * double-double arithmetic (the Taylor series for small |x|, the Laplace continued fraction for large)
 * and rounded once.
 *
 * tgamma and lgamma return [value, errno] with errno 0, 'dom' or 'range'; the caller raises
 * ValueError / OverflowError. erf and erfc return NaN/±1/0/2 for the special inputs like C.
 */
import { copysign, ldexp } from '../../runtime/math/floatBits';
import { DD, twoProd, ddAdd, ddMul, ddMulD, ddDiv, ddExp, ddToNumber } from '../../runtime/math/doubleDouble';
import { crSin, crCos, crExp, crPow, crLog } from '../../runtime/math/libm';

// ---- gamma / lgamma: CPython's Lanczos approximation (g = 6.02468…, N = 13) ----

const LANCZOS_N = 13;
const lanczosG = 6.024680040776729583740234375;
const lanczosGMinusHalf = 5.524680040776729583740234375;
const lanczosNum = [
  23531376880.410759688572007674451636754734846804940,
  42919803642.649098768957899047001988850926355848959,
  35711959237.355668049440185451547166705960488635843,
  17921034426.037209699919755754458931112671403265390,
  6039542586.3520280050642916443072979210699388420708,
  1439720407.3117216736632230727949123939715485786772,
  248874557.86205415651146038641322942321632125127801,
  31426415.585400194380614231628318205362874684987640,
  2876370.6289353724412254090516208496135991145378768,
  186056.26539522349504029498971604569928220784236328,
  8071.6720023658162106380029022722506138218516325024,
  210.82427775157934587250973392071336271166969580291,
  2.5066282746310002701649081771338373386264310793408,
];
/** coefficients of x(x+1)…(x+11), lowest degree first */
const lanczosDen = ((): number[] => {
  let c = [0, 1];
  for (let k = 1; k <= 11; k++) {
    const next = new Array(c.length + 1).fill(0);
    for (let i = 0; i < c.length; i++) {
      next[i] += c[i] * k;
      next[i + 1] += c[i];
    }
    c = next;
  }
  return c;
})();
const gammaIntegral: number[] = (() => {
  const out: number[] = [];
  let f = 1;
  for (let i = 0; i < 23; i++) {
    if (i > 0) f *= i;
    out.push(f);
  }
  return out;
})();

function lanczosSum(x: number): number {
  let num = 0.0;
  let den = 0.0;
  if (x < 5.0) {
    for (let i = LANCZOS_N; --i >= 0; ) {
      num = num * x + lanczosNum[i];
      den = den * x + lanczosDen[i];
    }
  } else {
    for (let i = 0; i < LANCZOS_N; i++) {
      num = num / x + lanczosNum[i];
      den = den / x + lanczosDen[i];
    }
  }
  return num / den;
}

function sinpi(x: number): number {
  const y = Math.abs(x) % 2.0;
  const n = Math.round(2.0 * y);
  let r: number;
  switch (n) {
    case 0: r = crSin(Math.PI * y); break;
    case 1: r = crCos(Math.PI * (y - 0.5)); break;
    case 2: r = crSin(Math.PI * (1.0 - y)); break;
    case 3: r = -crCos(Math.PI * (y - 1.5)); break;
    default: r = crSin(Math.PI * (y - 2.0)); break;
  }
  return copysign(1.0, x) * r;
}

/** returns [value, errno] where errno is 0, 'dom' or 'range' */
export function tgamma(x: number): [number, 0 | 'dom' | 'range'] {
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x) || x > 0) return [x, 0];
    return [NaN, 'dom'];
  }
  if (x === 0) return [copysign(Infinity, x), 'dom'];
  if (x === Math.floor(x)) {
    if (x < 0) return [NaN, 'dom'];
    if (x <= 23) return [gammaIntegral[x - 1], 0];
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) {
    const r = 1.0 / x;
    return [r, Number.isFinite(r) ? 0 : 'range'];
  }
  if (absx > 200.0) {
    if (x < 0.0) return [0.0 / sinpi(x), 0];
    return [Infinity, 'range'];
  }
  const y = absx + lanczosGMinusHalf;
  let z: number;
  if (absx > lanczosGMinusHalf) {
    const q = y - absx;
    z = q - lanczosGMinusHalf;
  } else {
    const q = y - lanczosGMinusHalf;
    z = q - absx;
  }
  z = (z * lanczosG) / y;
  let r: number;
  if (x < 0.0) {
    r = ((-Math.PI / sinpi(absx) / absx) * crExp(y)) / lanczosSum(absx);
    r -= z * r;
    if (absx < 140.0) {
      r /= crPow(y, absx - 0.5);
    } else {
      const sqrtpow = crPow(y, absx / 2.0 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczosSum(absx) / crExp(y);
    r += z * r;
    if (absx < 140.0) {
      r *= crPow(y, absx - 0.5);
    } else {
      const sqrtpow = crPow(y, absx / 2.0 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  return [r, Number.isFinite(r) ? 0 : 'range'];
}

const LOGPI = 1.144729885849400174143427351353058711647;
export function lgamma(x: number): [number, 0 | 'dom' | 'range'] {
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x)) return [x, 0];
    return [Infinity, 0];
  }
  if (x === Math.floor(x) && x <= 2.0) {
    if (x <= 0.0) return [Infinity, 'dom'];
    return [0.0, 0];
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) return [-crLog(absx), 0];
  let r = crLog(lanczosSum(absx)) - lanczosG;
  r += (absx - 0.5) * (crLog(absx + lanczosG - 0.5) - 1);
  if (x < 0.0) r = LOGPI - crLog(Math.abs(sinpi(absx))) - crLog(absx) - r;
  return [r, Number.isFinite(r) ? 0 : 'range'];
}

// ---- erf / erfc in double-double arithmetic, rounded once ----

const TWO_OVER_SQRTPI: DD = [1.1283791670955126, 1.533545961316588e-17];
const ONE_OVER_SQRTPI: DD = [0.5641895835477563, 7.667729806582940e-18];

/** erf(x) for |x| < 3 by the series 2/sqrt(pi) * exp(-x²) * Σ 2^n x^(2n+1) / (2n+1)!! */
function erfSeries(x: number): DD {
  const x2 = twoProd(x, x);
  let term: DD = [x, 0];
  let sum: DD = [x, 0];
  for (let n = 1; n < 200; n++) {
    term = ddDiv(ddMul(term, ddMulD(x2, 2)), [2 * n + 1, 0]);
    sum = ddAdd(sum, term);
    if (Math.abs(term[0]) < Math.abs(sum[0]) * 1e-34) break;
  }
  const [e, k] = ddExp([-x2[0], -x2[1]]);
  const r = ddMul(ddMul(sum, e), TWO_OVER_SQRTPI);
  return [ldexp(r[0], k), ldexp(r[1], k)];
}

/** erfc(x) for x >= 2 as [dd, power of two]: exp(-x²)/sqrt(pi) * continued fraction */
function erfcCF(x: number): [DD, number] {
  // erfc(x) = exp(-x²)/sqrt(pi) * 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + 2/(x + …)))))
  const nTerms = x < 3 ? 400 : x < 5 ? 200 : x < 10 ? 90 : 50;
  let f: DD = [x, 0];
  for (let k = nTerms; k >= 1; k--) f = ddAdd([x, 0], ddDiv([k / 2, 0], f));
  const x2 = twoProd(x, x);
  const [e, k] = ddExp([-x2[0], -x2[1]]);
  return [ddDiv(ddMul(e, ONE_OVER_SQRTPI), f), k];
}

export function erf(x: number): number {
  if (Number.isNaN(x)) return x;
  if (!Number.isFinite(x)) return x > 0 ? 1 : -1;
  const ax = Math.abs(x);
  if (ax < 3.725290298461914e-9) {
    // as glibc: x + (2/sqrt(pi) - 1)*x, scaled up first for subnormal x
    if (ax < 2.2250738585072014e-308) return 0.125 * (8.0 * x + 1.0270333367641007 * x);
    return x + 0.1283791670955126 * x;
  }
  if (ax >= 6) return x > 0 ? 1 : -1;
  if (ax < 2.5) return ddToNumber(erfSeries(x));
  const [c, k] = erfcCF(ax);
  const r = ddAdd([1, 0], [-ldexp(c[0], k), -ldexp(c[1], k)]);
  const v = ddToNumber(r);
  return x > 0 ? v : -v;
}

export function erfc(x: number): number {
  if (Number.isNaN(x)) return x;
  if (!Number.isFinite(x)) return x > 0 ? 0 : 2;
  if (x < 0) {
    if (x <= -6) return 2;
    if (x > -2.5) {
      const s = erfSeries(-x);
      return ddToNumber(ddAdd([1, 0], s));
    }
    const [c, k] = erfcCF(-x);
    return ddToNumber(ddAdd([2, 0], [-ldexp(c[0], k), -ldexp(c[1], k)]));
  }
  if (x < 0.5) {
    const s = erfSeries(x);
    return ddToNumber(ddAdd([1, 0], [-s[0], -s[1]]));
  }
  if (x < 2.5) {
    // 1 - erf(x) loses little here (erf(2.5) ≈ 0.9996): double-double keeps ~28 good digits
    const s = erfSeries(x);
    return ddToNumber(ddAdd([1, 0], [-s[0], -s[1]]));
  }
  if (x >= 27.3) return 0;
  const [c, k] = erfcCF(x);
  return ddToNumber(c, k);
}
