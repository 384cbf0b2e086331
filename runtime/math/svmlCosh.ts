/**
 * NumPy's float64 `cosh` on x86-64 with AVX-512: NumPy calls Intel SVML's `__svml_cosh8_ha`
 * (numpy/_core/src/umath/loops_umath_fp.dispatch.c.src), which is not correctly rounded (about one random
 * argument in six differs from glibc's cosh by an ulp), so ndpy redoes its arithmetic step for step.
 *
 * Method (|x| <= 707.70…): sinh's reduction (runtime/math/svmlSinh.ts, same tables and constants, without
 * its n = 1 adjustment): n = round(16·|x|/ln2), j = n mod 16, M = n div 16, R = |x| - (n/16)·ln2,
 * T1 = 2**(j/16)/2·2**M (hi + lo) and T2 = 2**(-j/16)/2·2**-M (hi only) by integer exponent arithmetic. Then
 * cosh|x| = (T1 + T2)·cosh R + (T1 - T2)·sinh R, evaluated as
 * ((fma(T1 - T2, sinh R, fma(T1 + T2, cosh R - 1, T1lo)) + T2) + T1, with sinh R = R + R³·P(R²) and
 * cosh R - 1 = R²·Q(R²) by FMAs (cosh's own coefficients). Larger |x| and infinities take SVML's scalar
 * callout, e**|x|/2 (svmlHalfExp in svmlSinh.ts; overflow gives inf); NaN gives NaN.
 *
 * The coefficients are SVML's (`__svml_dcosh_ha_data_internal`, numpy/SVML linux/avx512/
 * svml_z0_cosh_d_ha.s, BSD-3-Clause), read as IEEE bit patterns. runtime/wasm/svmlHyperbolicCode.ts emits
 * the same main path as WebAssembly; test/runtime/svmlCosh.test.ts compares both with recorded NumPy values.
 */
import { fma } from './fma';
import { f64FromHex } from './svmlData';
import { T1H, T1L, T2H, EXP16, addExponent, svmlHalfExp } from './svmlSinh';

/** cosh R - 1 ≈ R²·(Q2 + Q4·R² + Q6·R⁴), sinh R ≈ R + R³·(S3 + S5·R² + S7·R⁴) */
const [Q2, Q4, Q6, S3, S5, S7] = f64FromHex(
  '3fe0000000000004 3fa5555555484f37 3f56c183da08f116 3fc5555555555543 3f81111111286a0c 3f2a018d76da03da',
);
/** the main path takes |x| whose high word is at most 0x40861d99 */
export const COSH_LIMIT = f64FromHex('40861d9a00000000')[0];
export const COSH_POLY = { Q2, Q4, Q6, S3, S5, S7 };
const { RSH, INVLN2, L2H, L2L } = EXP16;

/** SVML's cosh8_ha, one lane */
export function svmlCosh(x: number): number {
  const a = Math.abs(x);
  if (!(a < COSH_LIMIT)) return x !== x ? NaN : svmlHalfExp(a);
  const dN = fma(a, INVLN2, RSH) - RSH;
  const n = dN * 16;
  const j = n & 15, M = n >>> 4;
  const R = fma(-dN, L2L, a - dN * L2H); // dN·L2H is exact
  const R2 = R * R;
  const t1 = addExponent(T1H[j], M), t2 = addExponent(T2H[j], -M);
  const t1l = addExponent(T1L[j], M);
  const sh = fma(R2 * fma(R2, fma(R2, S7, S5), S3), R, R);
  const ch = R2 * fma(R2, fma(R2, Q6, Q4), Q2);
  // past 2**512 the FMAs run on operands scaled by 2**-64 (exact, and the same single rounding) so that
  // runtime/math/fma.ts's splitting cannot overflow
  const s = M < 512 ? 1 : 2 ** -64;
  const u = fma(ch, (t1 + t2) * s, t1l * s);
  return (fma(sh, (t1 - t2) * s, u) / s + t2) + t1;
}
