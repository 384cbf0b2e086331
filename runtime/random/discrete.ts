/**
 * Discrete samplers with NumPy's exact algorithms (distributions.c, legacy-distributions.c): Poisson
 * (multiplication of uniforms below lam = 10, Hörmann's PTRS above), binomial (inversion when
 * min(p, 1-p)·n <= 30, else Kachitvichyanukul–Schmeiser BTPE, whose final test adds all four Stirling
 * terms in NumPy 2.4 — both APIs), negative binomial (gamma–Poisson mixture), geometric (search for
 * p >= 1/3, else inversion), Zipf (rejection), log-series (Kemp), and the log-gamma / log-factorial helpers.
 *
 * Results are int64 values held as JS numbers; C's conversion of a NaN or out-of-range double to int64
 * (x86's "integer indefinite", INT64_MIN) is reproduced by `toInt64`, and a clamp to INT64_MAX is returned
 * as 2**63 for the caller to store as 2**63 - 1. NumPy caches the binomial setup between calls; the cache
 * never changes a value, so it is recomputed here.
 */
import { crPow } from '../math/libm';
import { BitGenerator } from './bitGenerator';
import { glibcLog, glibcLog1p } from './glibcLog';
import { glibcExp } from './glibcExp';
import { glibcExpm1 } from './glibcExpm1';
import { standardExponential } from './distributions';

const TWO63 = 9223372036854775808;

/** C's (int64_t) cast of a double on x86-64: truncation, INT64_MIN for NaN and out-of-range values. */
export function toInt64(x: number): number {
  if (!(x > -TWO63 && x < TWO63)) return -TWO63;
  return Math.trunc(x);
}

const LOGGAM_A = [8.333333333333333e-02, -2.777777777777778e-03, 7.936507936507937e-04, -5.952380952380952e-04, 8.417508417508418e-04, -1.917526917526918e-03, 6.410256410256410e-03, -2.955065359477124e-02, 1.796443723688307e-01, -1.39243221690590e+00];

/** random_loggam: log Γ(x) by the Stirling series after shifting x up to >= 7 (Zhang & Jin's SPECFUN). */
export function loggam(x: number): number {
  if (x === 1.0 || x === 2.0) return 0.0;
  const n = x < 7.0 ? toInt64(7 - x) : 0;
  let x0 = x + n;
  const x2 = (1.0 / x0) * (1.0 / x0);
  const lg2pi = 1.8378770664093453;
  let gl0 = LOGGAM_A[9];
  for (let k = 8; k >= 0; k--) {
    gl0 *= x2;
    gl0 += LOGGAM_A[k];
  }
  let gl = gl0 / x0 + 0.5 * lg2pi + (x0 - 0.5) * glibcLog(x0) - x0;
  if (x < 7.0) {
    for (let k = 1; k <= n; k++) {
      gl -= glibcLog(x0 - 1.0);
      x0 -= 1.0;
    }
  }
  return gl;
}

function poissonMult(bg: BitGenerator, lam: number): number {
  const enlam = glibcExp(-lam);
  let x = 0;
  let prod = 1.0;
  for (;;) {
    prod *= bg.nextDouble();
    if (prod > enlam) x += 1;
    else return x;
  }
}

function poissonPtrs(bg: BitGenerator, lam: number): number {
  const slam = Math.sqrt(lam);
  const loglam = glibcLog(lam);
  const b = 0.931 + 2.53 * slam;
  const a = -0.059 + 0.02483 * b;
  const invalpha = 1.1239 + 1.1328 / (b - 3.4);
  const vr = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const u = bg.nextDouble() - 0.5;
    const v = bg.nextDouble();
    const us = 0.5 - Math.abs(u);
    const k = toInt64(Math.floor(((2 * a) / us + b) * u + lam + 0.43));
    if (us >= 0.07 && v <= vr) return k;
    if (k < 0 || (us < 0.013 && v > us)) continue;
    if (glibcLog(v) + glibcLog(invalpha) - glibcLog(a / (us * us) + b) <= -lam + k * loglam - loggam(k + 1)) return k;
  }
}

/** random_poisson (shared by both APIs). */
export function poisson(bg: BitGenerator, lam: number): number {
  if (lam >= 10) return poissonPtrs(bg, lam);
  if (lam === 0) return 0;
  return poissonMult(bg, lam);
}

function binomialInversion(bg: BitGenerator, n: number, p: number): number {
  const q = 1.0 - p;
  const qn = glibcExp(n * glibcLog(q));
  const np = n * p;
  const bound = toInt64(Math.min(n, np + 10.0 * Math.sqrt(np * q + 1)));
  let x = 0;
  let px = qn;
  let u = bg.nextDouble();
  while (u > px) {
    x++;
    if (x > bound) {
      x = 0;
      px = qn;
      u = bg.nextDouble();
    } else {
      u -= px;
      px = ((n - x + 1) * p * px) / (x * q);
    }
  }
  return x;
}

/** Stirling's correction term of BTPE's final test. */
function stirling(f: number, f2: number): number {
  return (13680 - (462 - (132 - (99 - 140 / f2) / f2) / f2) / f2) / f / 166320;
}

function binomialBtpe(bg: BitGenerator, n: number, p: number): number {
  const r = Math.min(p, 1.0 - p);
  const q = 1.0 - r;
  const fm = n * r + r;
  const m = toInt64(Math.floor(fm));
  const p1 = Math.floor(2.195 * Math.sqrt(n * r * q) - 4.6 * q) + 0.5;
  const xm = m + 0.5;
  const xl = xm - p1;
  const xr = xm + p1;
  const c = 0.134 + 20.5 / (15.3 + m);
  let a = (fm - xl) / (fm - xl * r);
  const laml = a * (1.0 + a / 2.0);
  a = (xr - fm) / (xr * q);
  const lamr = a * (1.0 + a / 2.0);
  const p2 = p1 * (1.0 + 2.0 * c);
  const p3 = p2 + c / laml;
  const p4 = p3 + c / lamr;
  let y: number;
  for (;;) {
    const nrq = n * r * q;
    const u = bg.nextDouble() * p4;
    let v = bg.nextDouble();
    if (u <= p1) {
      y = toInt64(Math.floor(xm - p1 * v + u));
      break;
    }
    if (u <= p2) {
      const x = xl + (u - p1) / c;
      v = v * c + 1.0 - Math.abs(m - x + 0.5) / p1;
      if (v > 1.0) continue;
      y = toInt64(Math.floor(x));
    } else if (u <= p3) {
      y = toInt64(Math.floor(xl + glibcLog(v) / laml));
      if (y < 0 || v === 0.0) continue;
      v = v * (u - p2) * laml;
    } else {
      y = toInt64(Math.floor(xr - glibcLog(v) / lamr));
      if (y > n || v === 0.0) continue;
      v = v * (u - p3) * lamr;
    }
    const k = Math.abs(y - m);
    if (!(k > 20 && k < nrq / 2.0 - 1)) {
      // explicit evaluation of f(y) / f(m)
      const s = r / q;
      const aa = s * (n + 1);
      let f = 1.0;
      if (m < y) {
        for (let i = m + 1; i <= y; i++) f *= aa / i - s;
      } else if (m > y) {
        for (let i = y + 1; i <= m; i++) f /= aa / i - s;
      }
      if (v > f) continue;
      break;
    }
    // squeezing with the normal approximation, then the Stirling bound
    const rho = (k / nrq) * ((k * (k / 3.0 + 0.625) + 0.16666666666666666) / nrq + 0.5);
    const t = (-k * k) / (2 * nrq);
    const A = glibcLog(v);
    if (A < t - rho) break;
    if (A > t + rho) continue;
    const x1 = y + 1;
    const f1 = m + 1;
    const z = n + 1 - m;
    const w = n - y + 1;
    const bound = xm * glibcLog(f1 / x1) + (n - m + 0.5) * glibcLog(z / w) + (y - m) * glibcLog((w * r) / (x1 * q));
    const corr = stirling(f1, f1 * f1) + stirling(z, z * z) + stirling(x1, x1 * x1) + stirling(w, w * w);
    if (A > bound + corr) continue;
    break;
  }
  if (p > 0.5) y = n - y;
  return y;
}

function binomialDispatch(bg: BitGenerator, p: number, n: number): number {
  if (p <= 0.5) {
    return p * n <= 30.0 ? binomialInversion(bg, n, p) : binomialBtpe(bg, n, p);
  }
  const q = 1.0 - p;
  return q * n <= 30.0 ? n - binomialInversion(bg, n, q) : n - binomialBtpe(bg, n, q);
}

/** random_binomial (Generator, and RandomState's multinomial): n == 0 or p == 0 draw nothing. */
export function binomial(bg: BitGenerator, p: number, n: number): number {
  if (n === 0 || p === 0.0) return 0;
  return binomialDispatch(bg, p, n);
}

/** RandomState's legacy_random_binomial (always draws). */
export function legacyBinomial(bg: BitGenerator, p: number, n: number): number {
  return binomialDispatch(bg, p, n);
}

/** random_geometric_search: the first X with U <= P(1) + … + P(X). */
function geometricSearch(bg: BitGenerator, p: number): number {
  let x = 1;
  let sum = p, prod = p;
  const q = 1.0 - p;
  const u = bg.nextDouble();
  while (u > sum) {
    prod *= q;
    sum += prod;
    x++;
  }
  return x;
}

/** Generator's random_geometric (an INT64_MAX clamp comes back as 2**63). */
export function geometric(bg: BitGenerator, p: number): number {
  if (p >= 0.333333333333333333333333) return geometricSearch(bg, p);
  const z = Math.ceil(-standardExponential(bg) / glibcLog1p(-p));
  return z >= TWO63 ? TWO63 : toInt64(z);
}

/** legacy_random_geometric. */
export function legacyGeometric(bg: BitGenerator, p: number): number {
  if (p >= 0.333333333333333333333333) return geometricSearch(bg, p);
  return toInt64(Math.ceil(glibcLog1p(-bg.nextDouble()) / glibcLog(1 - p)));
}

/** Generator's random_zipf: rejection from U in (Umin, 1], returning 1 outright for a >= 1025. */
export function zipf(bg: BitGenerator, a: number): number {
  if (a >= 1025) return 1;
  const am1 = a - 1.0;
  const b = crPow(2.0, am1);
  const umin = crPow(TWO63, -am1);
  for (;;) {
    const u01 = bg.nextDouble();
    const u = u01 * umin + (1 - u01);
    const v = bg.nextDouble();
    const x = Math.floor(crPow(u, -1.0 / am1));
    if (x > TWO63 || x < 1.0) continue;
    const t = crPow(1.0 + 1.0 / x, am1);
    if ((v * x * (t - 1.0)) / (b - 1.0) <= t / b) return toInt64(x);
  }
}

/** legacy_random_zipf. */
export function legacyZipf(bg: BitGenerator, a: number): number {
  const am1 = a - 1.0;
  const b = crPow(2.0, am1);
  for (;;) {
    const u = 1.0 - bg.nextDouble();
    const v = bg.nextDouble();
    const x = Math.floor(crPow(u, -1.0 / am1));
    if (x > TWO63 || x < 1.0) continue;
    const t = crPow(1.0 + 1.0 / x, am1);
    if ((v * x * (t - 1.0)) / (b - 1.0) <= t / b) return toInt64(x);
  }
}

function logseriesWith(bg: BitGenerator, p: number, r: number, q1: (x: number) => number): number {
  for (;;) {
    const v = bg.nextDouble();
    if (v >= p) return 1;
    const u = bg.nextDouble();
    const q = q1(r * u);
    if (v <= q * q) {
      const result = toInt64(Math.floor(1 + glibcLog(v) / glibcLog(q)));
      if (result < 1 || v === 0.0) continue;
      return result;
    }
    if (v >= q) return 1;
    return 2;
  }
}

/** Generator's random_logseries (log1p / expm1 forms). */
export function logseries(bg: BitGenerator, p: number): number {
  return logseriesWith(bg, p, glibcLog1p(-p), (x) => -glibcExpm1(x));
}

/** legacy_logseries. */
export function legacyLogseries(bg: BitGenerator, p: number): number {
  return logseriesWith(bg, p, glibcLog(1.0 - p), (x) => 1.0 - glibcExp(x));
}
