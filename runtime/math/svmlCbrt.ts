/**
 * NumPy's float64 `cbrt` on x86-64 with AVX-512: NumPy calls Intel SVML's `__svml_cbrt8_ha`
 * (numpy/_core/src/umath/loops_umath_fp.dispatch.c.src), which is not correctly rounded (about one random
 * argument in eleven differs from glibc's cbrt by an ulp), so ndpy redoes its arithmetic step for step.
 *
 * Method (branch-free in SVML; zeros, infinities and NaN come out as themselves): |x| = 2**E·m with m in
 * [1, 2) (subnormals normalised); k = floor(E/3), computed as SVML does by an FMA of E plus the shifter
 * 1.5·2**52 with a rounded 1/3, and i = E - 3k picks S = 2**(i/3) (hi + lo). rcp ≈ 1/m is the hardware's
 * 14-bit reciprocal rounded to 4 fraction bits, rcp = j/16 with 8 <= j <= 16 (the thresholds of that
 * rounding were measured on the hardware over all 2**16 fraction prefixes, which alone decide it), and
 * T = cbrt(1/rcp) comes from a 9-entry table (hi + lo); R = rcp·m - 1 is exact. With ShTh = round(S·T) and
 * its low part Sh·Th - ShTh + Sh·Tl + Sl·Th by FMAs, cbrt|x| = 2**k·(fma(ShTh·R, P(R), low) + ShTh), P of
 * degree 9 with FMAs (pairs in R combined by R²); the sign of x is or-ed in.
 *
 * The constants are SVML's (`__svml_dcbrt_ha_data_internal_avx512`, numpy/SVML linux/avx512/
 * svml_z0_cbrt_d_ha.s, BSD-3-Clause), read as IEEE bit patterns. runtime/wasm/svmlCbrtCode.ts emits the
 * same arithmetic as WebAssembly; test/runtime/svmlCbrt.test.ts compares both with recorded NumPy values.
 */
import { fma } from './fma';
import { f64FromHex } from './svmlData';

/** first 16-bit fraction prefix of m at which round(vrcp14(m), 4 bits) drops to the next 16th */
export const RCP4_STEPS = [2114, 6781, 12137, 18349, 25644, 34329, 44841, 57826];

/** cbrt(16/j) for j = 8..16 as hi + lo, and 2**(i/3) for i = 0..2 as hi + lo */
export const CBRT_TH = f64FromHex(
  '3ff428a2f98d728b 3ff361f35ca116ff 3ff2b6b5edf6b54a 3ff220e6dd675180 3ff19c3b38e975a8 3ff12589c21fb842 ' +
    '3ff0ba6ee5f9aad4 3ff059123d3a9848 3ff0000000000000',
);
export const CBRT_TL = f64FromHex(
  'bc7ddc22548ea41e 3c934f1f2588cb24 bc9623da69e513d4 3c930b0a26a8bb5c bc76b70b4d3bd257 bc9e13c8505a4a7a ' +
    '3c8dcc718f7857e5 3c770e4a1da627b9 0000000000000000',
);
export const CBRT_SH = f64FromHex('3ff0000000000000 3ff428a2f98d728b 3ff965fea53d6e3d');
export const CBRT_SL = f64FromHex('0000000000000000 bc7ddc22548ea41e bc9f53e999952f09');
/** the shifter 1.5·2**52, 1/3 rounded up, 2**51, then P's coefficients c10 (highest) .. c1 */
const [SH52, THIRD, TWO51, C10, C9, C8, C7, C6, C5, C4, C3, C2, C1] = f64FromHex(
  '4338000000000000 3fd5555555555556 4320000000000000 bf882e3b6adeca62 3f8bda24bae48875 bf9036b87c71d55f ' +
    '3f9374ed9398b914 bf98090d77f2468e 3f9ee71141dcf569 bfa511e8d2b0363e 3faf9add3c0b7e31 bfbc71c71c71c741 ' +
    '3fd5555555555557',
);
export const CBRT_CONST = { SH52, THIRD, TWO51, P: [C10, C9, C8, C7, C6, C5, C4, C3, C2, C1] };

const dv = new DataView(new ArrayBuffer(8));

/** SVML's cbrt8_ha, one lane */
export function svmlCbrt(x: number): number {
  if (x === 0 || !(Math.abs(x) < Infinity)) return x;
  let a = Math.abs(x), e0 = 0;
  if (a < 2.2250738585072014e-308) (a *= 2 ** 52, e0 = -52);
  dv.setFloat64(0, a);
  const hi = dv.getUint32(0);
  const E = (hi >>> 20) - 1023 + e0;
  dv.setUint32(0, (hi & 0xfffff) | 0x3ff00000);
  const m = dv.getFloat64(0);
  const prefix = (hi & 0xfffff) >>> 4;
  let j = 16;
  for (let s = 0; s < 8 && RCP4_STEPS[s] <= prefix; s++) j--;
  const R = fma(m, j / 16, -1);
  const k = Math.floor(fma(SH52 + E, THIRD, -TWO51));
  const i = E - 3 * k;
  const sh = CBRT_SH[i], th = CBRT_TH[j - 8];
  const shth = sh * th;
  const low = fma(th, CBRT_SL[i], fma(CBRT_TL[j - 8], sh, fma(sh, th, -shth)));
  const R2 = R * R;
  let p = fma(R2, fma(R, C10, C9), fma(R, C8, C7));
  p = fma(R2, p, fma(R, C6, C5));
  p = fma(R2, p, fma(R, C4, C3));
  p = fma(R2, p, fma(R, C2, C1));
  const r = (fma(shth * R, p, low) + shth) * 2 ** k;
  return x < 0 ? -r : r;
}
