/**
 * Continuous samplers with NumPy's exact algorithms and floating-point steps
 * (numpy/random/src/distributions/distributions.c and src/legacy/legacy-distributions.c):
 *
 * - legacy (RandomState): Gaussian by Marsaglia's polar method, which makes two values per accepted pair
 *   and caches the second (`GaussCache`, part of RandomState's state), and the exponential by inversion,
 *   -log(1 - U);
 * - Generator: standard normal and standard exponential by NumPy's 256-layer ziggurat (tables in
 *   zigguratNormal.ts / zigguratExponential.ts), in float64 and float32, and float32 uniforms
 *   `(next_uint32 >> 8) * 2**-24`.
 *
 * NumPy calls glibc's libm, whose log, log1p and log1pf are not correctly rounded: glibcLog.ts and
 * log1pf.ts reproduce them bit for bit (legacy paths call log(1 - U), Generator's tails log1p(-U)). exp/expf only appear in the ziggurat's layer tests, compared against a
 * uniform; there the correctly rounded crExp stands in (a last-bit difference could only flip a
 * comparison that lands within an ulp, a chance of order 2**-50 per rejection test).
 */
import { crExp } from '../math/libm';
import { BitGenerator } from './bitGenerator';
import { log1pf } from './log1pf';
import { glibcLog, glibcLog1p } from './glibcLog';
import { KI_DOUBLE, WI_DOUBLE, FI_DOUBLE, KI_FLOAT, WI_FLOAT, FI_FLOAT } from './zigguratNormal';
import { KE_DOUBLE, WE_DOUBLE, FE_DOUBLE, KE_FLOAT, WE_FLOAT, FE_FLOAT } from './zigguratExponential';

const ZIGGURAT_NOR_R = 3.6541528853610087963519472518;
const ZIGGURAT_NOR_INV_R = 0.27366123732975827203338247596;
const ZIGGURAT_EXP_R = 7.6971174701310497140446280481;
const f32 = Math.fround;
const ZIGGURAT_NOR_R_F = f32(ZIGGURAT_NOR_R);
const ZIGGURAT_NOR_INV_R_F = f32(ZIGGURAT_NOR_INV_R);
const ZIGGURAT_EXP_R_F = f32(ZIGGURAT_EXP_R);

/** The legacy Gaussian's cached second value (RandomState's has_gauss / gauss). */
export interface GaussCache {
  hasGauss: boolean;
  gauss: number;
}

/** NumPy's legacy_gauss: the polar method, returning one value and caching the other. */
export function legacyGauss(bg: BitGenerator, c: GaussCache): number {
  if (c.hasGauss) {
    const t = c.gauss;
    c.hasGauss = false;
    c.gauss = 0;
    return t;
  }
  let x1: number, x2: number, r2: number;
  do {
    x1 = 2.0 * bg.nextDouble() - 1.0;
    x2 = 2.0 * bg.nextDouble() - 1.0;
    r2 = x1 * x1 + x2 * x2;
  } while (r2 >= 1.0 || r2 === 0.0);
  const f = Math.sqrt((-2.0 * glibcLog(r2)) / r2);
  c.gauss = f * x1;
  c.hasGauss = true;
  return f * x2;
}

/** NumPy's legacy_standard_exponential: -log(1 - U). */
export function legacyStandardExponential(bg: BitGenerator): number {
  return -glibcLog(1.0 - bg.nextDouble());
}

/** Generator.standard_exponential(method='inv'): -log1p(-U) for a double U; -log(1 - U) for a float32 U. */
export function standardExponentialInv(bg: BitGenerator, float32: boolean): number {
  return float32 ? -glibcLog(1.0 - nextFloat(bg)) : -glibcLog1p(-bg.nextDouble());
}

/** A float32 in [0, 1) (NumPy's next_float). */
export function nextFloat(bg: BitGenerator): number {
  return (bg.nextUint32() >>> 8) * (1 / 16777216);
}

/** NumPy's random_standard_normal (ziggurat on 64-bit draws: 8 bits of layer, a sign bit, 52 bits of magnitude). */
export function standardNormal(bg: BitGenerator): number {
  bg.next64();
  return standardNormalFrom(bg, bg.hi, bg.lo);
}

/**
 * The ziggurat from a first 64-bit draw already taken (`hi`, `lo`): its result, or the rest of the
 * rejection loop on further draws from `bg` (the bulk fill runs the common first test inline).
 */
export function standardNormalFrom(bg: BitGenerator, hi: number, lo: number): number {
  for (;;) {
    const idx = lo & 0xff;
    // rabs = bits 9..60 of the draw
    const rabs = (hi & 0x1fffffff) * 8388608 + (lo >>> 9);
    let x = rabs * WI_DOUBLE[idx];
    if ((lo >>> 8) & 1) x = -x;
    if (rabs < KI_DOUBLE[idx]) return x;
    if (idx === 0) {
      for (;;) {
        const xx = -ZIGGURAT_NOR_INV_R * glibcLog1p(-bg.nextDouble());
        const yy = -glibcLog1p(-bg.nextDouble());
        if (yy + yy > xx * xx) return (lo >>> 17) & 1 ? -(ZIGGURAT_NOR_R + xx) : ZIGGURAT_NOR_R + xx;
      }
    }
    if ((FI_DOUBLE[idx - 1] - FI_DOUBLE[idx]) * bg.nextDouble() + FI_DOUBLE[idx] < crExp(-0.5 * x * x)) return x;
    bg.next64();
    hi = bg.hi;
    lo = bg.lo;
  }
}

/** NumPy's random_standard_normal_f (float32 ziggurat on 32-bit draws). */
export function standardNormalF(bg: BitGenerator): number {
  for (;;) {
    const r = bg.nextUint32();
    const idx = r & 0xff;
    const rabs = (r >>> 9) & 0x7fffff;
    let x = f32(rabs * WI_FLOAT[idx]);
    if ((r >>> 8) & 1) x = -x;
    if (rabs < KI_FLOAT[idx]) return x;
    if (idx === 0) {
      for (;;) {
        const xx = f32(-ZIGGURAT_NOR_INV_R_F * log1pf(-nextFloat(bg)));
        const yy = -log1pf(-nextFloat(bg));
        if (f32(yy + yy) > f32(xx * xx)) return (rabs >>> 8) & 1 ? -f32(ZIGGURAT_NOR_R_F + xx) : f32(ZIGGURAT_NOR_R_F + xx);
      }
    }
    // the float32 layer test; NumPy compares against a double exp(-0.5 * x * x)
    const t = f32(f32(f32(FI_FLOAT[idx - 1] - FI_FLOAT[idx]) * nextFloat(bg)) + FI_FLOAT[idx]);
    if (t < crExp(-0.5 * x * x)) return x;
  }
}

/** NumPy's random_standard_exponential (ziggurat: 3 bits dropped, 8 bits of layer, 53 bits of draw). */
export function standardExponential(bg: BitGenerator): number {
  for (;;) {
    bg.next64();
    const hi = bg.hi, lo = bg.lo;
    const idx = (lo >>> 3) & 0xff;
    // ri = draw >> 11 (53 bits)
    const ri = hi * 2097152 + (lo >>> 11);
    const x = ri * WE_DOUBLE[idx];
    if (ri < KE_DOUBLE[idx]) return x;
    if (idx === 0) return ZIGGURAT_EXP_R - glibcLog1p(-bg.nextDouble());
    if ((FE_DOUBLE[idx - 1] - FE_DOUBLE[idx]) * bg.nextDouble() + FE_DOUBLE[idx] < crExp(-x)) return x;
  }
}

/** NumPy's random_standard_exponential_f (float32 ziggurat on 32-bit draws). */
export function standardExponentialF(bg: BitGenerator): number {
  for (;;) {
    const r = bg.nextUint32() >>> 1;
    const idx = r & 0xff;
    const ri = r >>> 8;
    const x = f32(ri * WE_FLOAT[idx]);
    if (ri < KE_FLOAT[idx]) return x;
    if (idx === 0) return f32(ZIGGURAT_EXP_R_F - log1pf(-nextFloat(bg)));
    const t = f32(f32(f32(FE_FLOAT[idx - 1] - FE_FLOAT[idx]) * nextFloat(bg)) + FE_FLOAT[idx]);
    if (t < f32(crExp(-x))) return x;
  }
}
