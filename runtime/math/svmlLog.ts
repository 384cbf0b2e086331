/**
 * NumPy's float64 `log` on x86-64 with AVX-512: NumPy calls Intel SVML's `__svml_log8_ha`
 * (numpy/_core/src/umath/loops_exponent_log.dispatch.c.src), which is not correctly rounded (about 0.2% of
 * arguments differ from glibc by an ulp), so ndpy redoes its arithmetic step for step.
 *
 * Method (positive finite x, subnormals included): x = 2**E·m with m in [1, 2) (vgetexp/vgetmant);
 * rcp ≈ 1/m is the hardware's 14-bit reciprocal (vrcp14pd) rounded to 5 fraction bits, so rcp = j/32 with
 * 16 <= j <= 32; R = rcp·m - 1 is exact; log(x) = E·ln2 - log(rcp) + log(1 + R), with -log(rcp) from a
 * 16-entry table (hi + lo; for rcp < 0.75 the table holds -log(2·rcp) and E is raised by one), log(1+R) a
 * degree-9 polynomial evaluated with FMAs (Estrin-like pairs), and the sum assembled as
 * High = R + (E·ln2hi + Th), then (R2·poly + (R - (High - (E·ln2hi + Th)))) + (E·ln2lo + Tl) + High.
 * vrcp14pd reads only the top 16 fraction bits of m and is monotonic; its rounding to j/32 changes at the
 * 16 thresholds in RCP_STEPS, measured on the hardware over all 2**16 inputs. Zero, negative, infinite and
 * NaN arguments take SVML's scalar callout: -inf, NaN, inf, NaN.
 *
 * The constants are SVML's (`__svml_dlog_ha_data_internal_avx512`, numpy/SVML linux/avx512/
 * svml_z0_log_d_ha.s, BSD-3-Clause), read as IEEE bit patterns. runtime/wasm/svmlLogCode.ts emits the same
 * arithmetic as WebAssembly; test/runtime/svmlLog.test.ts compares both with recorded NumPy results.
 */
import { fma } from './fma';
import { f64FromHex } from './svmlData';

/** first 16-bit fraction prefix of m at which round(vrcp14(m), 5 bits) drops to the next 32nd */
export const RCP_STEPS = [
  1039, 3223, 5556, 8048, 10726, 13603, 16707, 20063, 23705, 27669, 32007, 36764, 42010, 47824, 54300, 61568,
];

/** RCP_J[p] = 32·rcp for the 16-bit fraction prefix p of m: 32 down to 16 */
export const RCP_J = new Uint8Array(65536);
{
  let j = 32;
  for (let p = 0, s = 0; p < 65536; p++) {
    while (s < 16 && RCP_STEPS[s] <= p) (s++, j--);
    RCP_J[p] = j;
  }
}

/** -log(rcp) (rcp >= 0.75) or -log(2·rcp) (rcp < 0.75), indexed by the top 4 fraction bits of rcp */
export const LOG_TH = f64FromHex(
  '0000000000000000 bfaf0a30c0120000 bfbe27076e2b0000 bfc5ff3070a78000 bfcc8ff7c79a8000 bfd1675cababc000 ' +
    'bfd4618bc21c4000 bfd739d7f6bbc000 3fd269621134c000 3fcf991c6cb38000 3fca93ed3c8b0000 3fc5bf406b540000 ' +
    '3fc1178e82280000 3fb9335e5d590000 3fb08598b59e0000 3fa0415d89e80000',
);
export const LOG_TL = f64FromHex(
  '0000000000000000 3d53ab33d066d1d2 3d2a342c2af0003c bd43d3c873e20a07 bd4a21ac25d81ef3 3d59f1fc63382a8f ' +
    'bd5ec27d0b7b37b3 bd50069ce24c53fb 3d5b92783beb7677 3d59bcbecca0cdf3 bd530e486a0ac42d 3d5ed8fdc149767e ' +
    'bd4b8421cc74be04 3d52622b8757a8fb 3d4d034451fecdfb bd577771fd187145',
);
/** polynomial coefficients c9..c2 (log(1+R) ≈ R + R²·(c2 + c3·R + … + c9·R⁷)), ln2 as hi (exact times E) + lo */
const [C9, C8, C7, C6, C5, C4, C3, C2, LN2_HI, LN2_LO] = f64FromHex(
  '3fbc81cd309d7c70 bfc007357e93af62 3fc249229cee81ef bfc55553fb28db06 3fc9999999cc9f5c bfd00000000c05bd ' +
    '3fd5555555555466 bfdfffffffffffc6 3fe62e42fefa0000 3d7cf79abc9e0000',
);
export const LOG_CONST = { C9, C8, C7, C6, C5, C4, C3, C2, LN2_HI, LN2_LO };

const TWO52 = 2 ** 52;
const dv = new DataView(new ArrayBuffer(8));

/**
 * The argument reduction SVML's log and log10 share, for a positive finite x: E, the table index i and R
 * with x = 2**E·(1 + R)/rcp, written into `reduced` (one record, no allocation per call).
 */
export const reduced = { E: 0, i: 0, R: 0 };
export function logReduce(x: number): void {
  let e0 = 0;
  if (x < 2.2250738585072014e-308) (x *= TWO52, e0 = -52);
  dv.setFloat64(0, x);
  const hi = dv.getUint32(0);
  let E = (hi >>> 20) - 1023 + e0;
  dv.setUint32(0, (hi & 0xfffff) | 0x3ff00000);
  const m = dv.getFloat64(0);
  const j = RCP_J[(hi & 0xfffff) >>> 4 | 0];
  if (j < 24) E += 1;
  // R = j·m/32 - 1 exactly: m = mh + ml with mh on 26 bits, so j·mh and j·ml are exact and j·mh - 32 is by Sterbenz
  const mh = Math.floor(m * 67108864) / 67108864;
  reduced.E = E;
  reduced.i = j & 15;
  reduced.R = ((j * mh - 32) + j * (m - mh)) / 32;
}

/** SVML's log8_ha, one lane */
export function svmlLog(x: number): number {
  if (!(x > 0 && x < Infinity)) return x === 0 ? -Infinity : x === Infinity ? x : NaN;
  logReduce(x);
  const { E, i, R } = reduced;
  const R2 = R * R;
  const a = fma(R2, fma(R, C9, C8), fma(R, C7, C6));
  const b = fma(R2, fma(R, C5, C4), fma(R, C3, C2));
  const poly = fma(R2 * R2, a, b);
  const th = E * LN2_HI + LOG_TH[i]; // E·ln2hi is exact, so SVML's FMA rounds once here too
  const high = R + th;
  const rl = R - (high - th);
  const q = fma(R2, poly, rl);
  return (q + (E * LN2_LO + LOG_TL[i])) + high;
}
