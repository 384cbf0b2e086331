/**
 * NumPy's float64 `log10` on x86-64 with AVX-512: NumPy calls Intel SVML's `__svml_log108_ha`
 * (numpy/_core/src/umath/loops_umath_fp.dispatch.c.src), which is not correctly rounded (about one random
 * argument in eight differs from glibc's log10 by an ulp), so ndpy redoes its arithmetic step for step.
 *
 * Method: the reduction is log's (runtime/math/svmlLog.ts): x = 2**E·m, rcp = j/32 ≈ 1/m from the
 * hardware reciprocal, R = rcp·m - 1 exact, E raised by one when rcp < 0.75, and a 16-entry table of
 * -log10(rcp) (or -log10(2·rcp)) as hi + lo. Then log10(x) = E·log10(2) + T + log10(1 + R), where
 * log10(1 + R) = R·c0h + R·(c0l + R·P(R)) with c0h + c0l = 1/ln(10) and P of degree 7 evaluated with FMAs
 * (Estrin pairs). The sum is assembled as High = fma(R, c0h, E·L2h + Th), the low part of R·c0h recovered as
 * fma(R, c0h, -(High - (E·L2h + Th))), and log10(x) = fma(R, c0l + R·P, fma(E, L2l, Tl) + low) + High.
 * Subnormals take the same path (SVML's vgetexp/vgetmant normalise them). Zero, negative and infinite
 * arguments take SVML's scalar callout: -inf for ±0, inf for +inf, NaN otherwise; NaN propagates.
 *
 * The constants are SVML's (`__svml_dlog10_ha_data_internal_avx512`, numpy/SVML linux/avx512/
 * svml_z0_log10_d_ha.s, BSD-3-Clause), read as IEEE bit patterns. runtime/wasm/svmlLog10Code.ts emits the
 * same arithmetic as WebAssembly; test/runtime/svmlLog10.test.ts compares both with recorded NumPy values.
 */
import { fma } from './fma';
import { f64FromHex } from './svmlData';
import { logReduce, reduced } from './svmlLog';

/** -log10(rcp) (rcp >= 0.75) or -log10(2·rcp) (rcp < 0.75), indexed by the top 4 fraction bits of rcp */
export const LOG10_TH = f64FromHex(
  '0000000000000000 bf9af5f92b000000 bfaa30a9d60a0000 bfb31b3055c40000 bfb8cf1838860000 bfbe3bc1ab0e0000 ' +
    'bfc1b3e71ec98000 bfc42c7e7fe40000 3fbffbfc2bbc0000 3fbb721cd1710000 3fb715d0ce360000 3fb2e3a740b80000 ' +
    '3fadb11ed7660000 3fa5e3966b7e0000 3f9cb38fccd80000 3f8c3d0837780000',
);
export const LOG10_TL = f64FromHex(
  '0000000000000000 bd4cc1f4dbc14db5 3d20163d7e67d282 bd5c46006d082e6d bd520326ca2c7e5f bd39fe3d562a53f0 ' +
    '3d5842a222666db0 3d1ff1d22abd8abe 3d5e00dd60df12c3 3d55f8a57d982e77 3d5ebeeb67bf155a bd5ffc5aef53f2ed ' +
    '3d557e865b878377 3d5252a37739a5f7 3d47fb6d2d6528c7 3d2310272fe17537',
);
/** P's coefficients c8..c1, then c0 = 1/ln(10) as hi + lo, and log10(2) as hi (exact times E) + lo */
const [C8, C7, C6, C5, C4, C3, C2, C1, C0L, C0H, L2H, L2L] = f64FromHex(
  '3fa8c2d828480370 bfabd80d96029814 3fafc3f6f38b58a2 bfb287a63464dc80 3fb63c62777f27d9 bfbbcb7b153c06a3 ' +
    '3fc287a7636f428c bfcbcb7b1526e4db 3c69a5fdaaf11825 3fdbcb7b1526e50e 3fd34413509f0000 3d7e7fbcc47c4acd',
);
export const LOG10_CONST = { C8, C7, C6, C5, C4, C3, C2, C1, C0L, C0H, L2H, L2L };

/** SVML's log108_ha, one lane */
export function svmlLog10(x: number): number {
  if (!(x > 0 && x < Infinity)) return x === 0 ? -Infinity : x === Infinity ? x : NaN;
  logReduce(x);
  const { E, i, R } = reduced;
  const R2 = R * R;
  const p = fma(R2 * R2, fma(R2, fma(R, C8, C7), fma(R, C6, C5)), fma(R2, fma(R, C4, C3), fma(R, C2, C1)));
  const kth = E * L2H + LOG10_TH[i]; // E·L2h is exact, so SVML's FMA rounds once here too
  const high = fma(R, C0H, kth);
  const low = fma(R, C0H, -(high - kth));
  return fma(R, fma(R, p, C0L), fma(E, L2L, LOG10_TL[i]) + low) + high;
}
