/**
 * NumPy's float64 `arctanh` on x86-64 with AVX-512: NumPy calls Intel SVML's `__svml_atanh8_ha`
 * (numpy/_core/src/umath/loops_umath_fp.dispatch.c.src), which is not correctly rounded (about one random
 * argument in ten differs from glibc's atanh by an ulp), so ndpy redoes its arithmetic step for step.
 *
 * Method (|x| < 1): atanh|x| = (log(1 + |x|) - log(1 - |x|))/2 with both logarithms reduced alike: Y = 1 ± |x|
 * rounded, its rounding error kept as a low part, rcp ≈ 1/Y the hardware's 14-bit reciprocal rounded half up
 * to 4 fraction bits (rcp·2**e = j/32, 16 <= j <= 32; the thresholds were measured on the hardware over all
 * 2**16 fraction prefixes, which alone decide it), R = (rcp·Y - 1) + rcp·Ylow by FMAs, log(1/rcp) from a
 * 16-entry table (hi + lo) and the exponent of rcp times ln2 (hi + lo), and log(1 + R) = R - R²/2 + … by a
 * degree-9 polynomial in Horner form with FMAs. The difference is assembled in SVML's order and halved with
 * the sign of x. |x| >= 1 and NaN take SVML's callout: ±inf at ±1, NaN otherwise.
 *
 * The constants are SVML's (`__svml_datanh_ha_data_internal_avx512`, numpy/SVML linux/avx512/
 * svml_z0_atanh_d_ha.s, BSD-3-Clause), read as IEEE bit patterns. runtime/wasm/svmlAtanhCode.ts emits the
 * same arithmetic as WebAssembly; test/runtime/svmlAtanh.test.ts compares both with recorded NumPy values.
 */
import { fma } from './fma';
import { f64FromHex } from './svmlData';

/** first 16-bit fraction prefix of Y's mantissa at which vrcp14 rounded half up to 4 bits drops a 32nd */
export const ATANH_STEPS = [
  1039, 3224, 5556, 8048, 10726, 13604, 16707, 20064, 23705, 27670, 32007, 36765, 42010, 47825, 54300, 61570,
];
/** log(1 + k/16) as hi + lo */
export const ATANH_TH = f64FromHex(
  '0000000000000000 3faf0a30c0120000 3fbe27076e2b0000 3fc5ff3070a78000 3fcc8ff7c79a8000 3fd1675cababc000 ' +
    '3fd4618bc21c4000 3fd739d7f6bbc000 3fd9f323ecbf8000 3fdc8ff7c79a8000 3fdf128f5faf0000 3fe0be72e4252000 ' +
    '3fe1e85f5e704000 3fe307d7334f2000 3fe41d8fe8468000 3fe52a2d265bc000',
);
export const ATANH_TL = f64FromHex(
  '0000000000000000 bd53ab33d066d1d2 bd2a342c2af0003c 3d43d3c873e20a07 3d4a21ac25d81ef3 bd59f1fc63382a8f ' +
    '3d5ec27d0b7b37b3 3d50069ce24c53fb 3d584bf2b68d766f 3d5a21ac25d81ef3 3d3bb2cd720ec44c 3d55056d312f7668 ' +
    '3d1a07bd8b34be7c bd5e83c094debc15 bd5aa33736867a17 3d46abb9df22bc57',
);
/** polynomial c10..c2 (log(1+R) ≈ R + R²·(c2 + c3·R + …)), ln2 as hi + lo */
const [C10, C9, C8, C7, C6, C5, C4, C3, L2H, L2L] = f64FromHex(
  'bfb9a9b040214368 3fbc80666e249778 bfbffffb8a054bc9 3fc24922f71256f1 bfc55555559ba736 3fc9999999be77af ' +
    'bfcffffffffffc65 3fd55555555554c1 3fe62e42fefa0000 3d7cf79abc9e0000',
);
export const ATANH_CONST = { P: [C10, C9, C8, C7, C6, C5, C4, C3], L2H, L2L };

const dv = new DataView(new ArrayBuffer(8));

/** the rounded reciprocal of the positive normal y as [rcp, index into TH, exponent of rcp] */
function reciprocal(y: number): [number, number, number] {
  dv.setFloat64(0, y);
  const hi = dv.getUint32(0);
  const e = (hi >>> 20) - 1023;
  const prefix = (hi & 0xfffff) >>> 4;
  let j = 32;
  for (let s = 0; s < 16 && ATANH_STEPS[s] <= prefix; s++) j--;
  return [(j / 32) * 2 ** -e, j & 15, j < 32 ? -e - 1 : -e];
}

/** log(1 + R) - R, the polynomial part, by Horner's rule from c10 */
function poly(R: number): number {
  let p = fma(R, C10, C9);
  for (const c of [C8, C7, C6, C5, C4, C3]) p = fma(R, p, c);
  return fma(R, p, -0.5);
}

/** SVML's atanh8_ha, one lane */
export function svmlAtanh(x: number): number {
  const y = Math.abs(x);
  if (!(y < 1)) return y === 1 ? x / 0 : NaN;
  const yp = 1 + y, ym = 1 - y;
  const ypLow = y - (yp - 1), ymLow = y + (ym - 1);
  const [rp, ip, kp] = reciprocal(yp);
  const [rm, im, km] = reciprocal(ym);
  const Rp = fma(rp, ypLow, fma(rp, yp, -1));
  const Rm = fma(-rm, ymLow, fma(rm, ym, -1));
  const dk = km - kp;
  const th = fma(dk, L2H, ATANH_TH[im] - ATANH_TH[ip]);
  const tl = fma(L2L, dk, ATANH_TL[im] - ATANH_TL[ip]);
  const hiP = th + Rp;
  const hi = hiP - Rm;
  const rpl = Rp + (th - hiP);
  const rml = Rm + (hi - hiP);
  const lo = fma(Rp * Rp, poly(Rp), tl) + fma(-(Rm * Rm), poly(Rm), rpl);
  const r = (hi + (lo - rml)) * 0.5;
  return x < 0 || Object.is(x, -0) ? -r : r;
}
