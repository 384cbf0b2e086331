/**
 * NumPy's float64 `log1p` on x86-64 with AVX-512: NumPy calls Intel SVML's `__svml_log1p8_ha`
 * (numpy/_core/src/umath/loops_umath_fp.dispatch.c.src), which is not correctly rounded (about one random
 * argument in seventy differs from glibc's log1p by an ulp), so ndpy redoes its arithmetic step for step.
 *
 * Method: log's (runtime/math/svmlLog.ts: the same reciprocal steps, tables, polynomial and ln2 split) applied
 * to Y = 1 + x rounded, with the rounding error Xl = min(1, x) - (Y - max(1, x)) folded in: after
 * R0 = rcp·m - 1 (exact), R = R0 + rcp·(Xl·2**-E), its low part Rl = rcp·Xl·2**-E - (R - R0) joins the table's
 * low value, and log1p(x) = High + (fma(R², P(R), R - (High - T)) + (E·ln2lo + (Rl + Tl))) with
 * High = (E·ln2hi + Th) + R; the sign of x is or-ed in. SVML's scalar callout gives -inf at -1, NaN below
 * and for -inf and NaN, inf for inf.
 *
 * The constants are SVML's (`__svml_dlog1p_ha_data_internal_avx512`, numpy/SVML linux/avx512/
 * svml_z0_log1p_d_ha.s, BSD-3-Clause; they coincide with log's). runtime/wasm/svmlLog1pCode.ts emits the same
 * arithmetic as WebAssembly; test/runtime/svmlLog1p.test.ts compares both with recorded NumPy values.
 */
import { fma } from './fma';
import { LOG_CONST as K, LOG_TH, LOG_TL, RCP_J } from './svmlLog';

const dv = new DataView(new ArrayBuffer(8));

/** SVML's log1p8_ha, one lane */
export function svmlLog1p(x: number): number {
  if (!(x > -1 && x < Infinity)) return x === -1 ? -Infinity : x === Infinity ? x : NaN;
  const y = 1 + x;
  const xl = Math.min(1, x) - (y - Math.max(1, x));
  dv.setFloat64(0, y);
  const hi = dv.getUint32(0);
  const e0 = (hi >>> 20) - 1023;
  dv.setUint32(0, (hi & 0xfffff) | 0x3ff00000);
  const m = dv.getFloat64(0);
  const j = RCP_J[(hi & 0xfffff) >>> 4];
  const i = j & 15;
  const E = j < 24 ? e0 + 1 : e0;
  const rcp = j / 32;
  const R0 = fma(rcp, m, -1); // exact
  const t1 = rcp * (xl * 2 ** -e0);
  const R = R0 + t1;
  const Rl = t1 - (R - R0);
  const R2 = R * R;
  const a = fma(R2, fma(R, K.C9, K.C8), fma(R, K.C7, K.C6));
  const b = fma(R2, fma(R, K.C5, K.C4), fma(R, K.C3, K.C2));
  const th = E * K.LN2_HI + LOG_TH[i]; // E·ln2hi is exact, so SVML's FMA rounds once here too
  const high = th + R;
  const q = fma(R2, fma(R2 * R2, a, b), R - (high - th));
  const r = high + (q + (E * K.LN2_LO + (Rl + LOG_TL[i])));
  return x < 0 || Object.is(x, -0) ? -Math.abs(r) : r;
}
