/**
 * NumPy's float64 `sinh` on x86-64 with AVX-512: NumPy calls Intel SVML's `__svml_sinh8_ha`
 * (numpy/_core/src/umath/loops_umath_fp.dispatch.c.src), which is not correctly rounded (about a quarter of
 * random arguments differ from glibc's sinh by an ulp), so ndpy redoes its arithmetic step for step.
 *
 * Method (|x| <= 669.78…): n = round(16·|x|/ln2) by one FMA against a shifter (n = 1 is taken as 0),
 * j = n mod 16, M = n div 16, R = |x| - (n/16)·ln2 (hi exactly, lo by an FMA). With T1 = 2**(j/16)/2·2**M and
 * T2 = 2**(-j/16)/2·2**-M (table values hi + lo; the powers of two are added to and subtracted from the
 * exponent fields as integers, and a scaled T2 lo that would leave the exponent range is zeroed),
 * sinh|x| = (T1 - T2)·cosh R + (T1 + T2)·sinh R, with D = T1 - T2 and its rounding error folded into a low
 * part, sinh R = R + R³·P(R²) and cosh R - 1 = R²·Q(R²) by FMAs; the result is
 * fma(S, sinh R, fma(D, cosh R - 1, Dlo)) + D with the sign of x or-ed in. Larger |x|, infinities and NaN
 * take SVML's scalar callout: ±e**|x|/2 by a 64-entry table and a plain polynomial (svmlHalfExp, shared with
 * cosh; overflow gives ±inf); NaN gives NaN.
 *
 * The constants are SVML's (`__svml_dsinh_ha_data_internal`, numpy/SVML linux/avx512/svml_z0_sinh_d_ha.s,
 * BSD-3-Clause), read as IEEE bit patterns; cosh (svmlCosh.ts) shares the tables and the reduction.
 * runtime/wasm/svmlHyperbolicCode.ts emits the same main path as WebAssembly; test/runtime/svmlSinh.test.ts
 * compares both with recorded NumPy values.
 */
import { fma } from './fma';
import { f64FromHex } from './svmlData';

/** 2**(j/16)/2 as hi + lo, and 2**(-j/16)/2 as hi + lo */
export const T1H = f64FromHex(
  '3fe0000000000000 3fe0b5586cf9890f 3fe172b83c7d517b 3fe2387a6e756238 3fe306fe0a31b715 3fe3dea64c123422 ' +
    '3fe4bfdad5362a27 3fe5ab07dd485429 3fe6a09e667f3bcd 3fe7a11473eb0187 3fe8ace5422aa0db 3fe9c49182a3f090 ' +
    '3feae89f995ad3ad 3fec199bdd85529c 3fed5818dcfba487 3feea4afa2a490da',
);
export const T1L = f64FromHex(
  '0000000000000000 3c88a62e4adc610b bc719041b9d78a76 3c89b07eb6c70573 3c76f46ad23182e4 3c7ada0911f09ebc ' +
    '3c6d4397afec42e2 3c86324c054647ad bc8bdd3413b26456 bc741577ee04992f 3c86e9f156864b27 3c6c7c46b071f2be ' +
    '3c87a1cd345dcc81 3c711065895048dd 3c72ed02d75b3707 bc8e9c23179c2893',
);
export const T2H = f64FromHex(
  '3fe0000000000000 3fdea4afa2a490da 3fdd5818dcfba487 3fdc199bdd85529c 3fdae89f995ad3ad 3fd9c49182a3f090 ' +
    '3fd8ace5422aa0db 3fd7a11473eb0187 3fd6a09e667f3bcd 3fd5ab07dd485429 3fd4bfdad5362a27 3fd3dea64c123422 ' +
    '3fd306fe0a31b715 3fd2387a6e756238 3fd172b83c7d517b 3fd0b5586cf9890f',
);
export const T2L = f64FromHex(
  '0000000000000000 bc7e9c23179c2893 3c62ed02d75b3707 3c611065895048dd 3c77a1cd345dcc81 3c5c7c46b071f2be ' +
    '3c76e9f156864b27 bc641577ee04992f bc7bdd3413b26456 3c76324c054647ad 3c5d4397afec42e2 3c6ada0911f09ebc ' +
    '3c66f46ad23182e4 3c79b07eb6c70573 bc619041b9d78a76 3c78a62e4adc610b',
);
/** the shifter 1.5·2**48 (its ulp is 1/16), 1/ln2, ln2 as hi (exact times n/16) + lo, then P's and Q's
 * coefficients: sinh R ≈ R + R³·(S3 + S5·R² + S7·R⁴), cosh R - 1 ≈ R²·(Q2 + Q4·R² + Q6·R⁴ + Q8·R⁶) */
const [RSH, INVLN2, L2H, L2L, S3, S5, S7, Q2, Q4, Q6, Q8] = f64FromHex(
  '42f8000000000000 3ff71547652b82fe 3fe62e42fefa0000 3d7cf79abc9e3b3a 3fc5555555555ca6 3f8111110edc6eda ' +
    '3f2a026d06015ec6 3fe0000000000000 3fa5555555554b4c 3f56c16c1902580b 3efa01ac1b806259',
);
export const EXP16 = { RSH, INVLN2, L2H, L2L };
export const SINH_POLY = { S3, S5, S7, Q2, Q4, Q6, Q8 };
/** the main path takes |x| whose high word is at most 0x4084ee33 */
export const SINH_LIMIT = f64FromHex('4084ee3400000000')[0];

const dv = new DataView(new ArrayBuffer(8));
/** v with `m` added to its exponent field as an integer (SVML's integer add of m << 52; m may be negative) */
export function addExponent(v: number, m: number): number {
  dv.setFloat64(0, v);
  dv.setUint32(0, (dv.getUint32(0) + m * 1048576) >>> 0);
  return dv.getFloat64(0);
}

/** 2**(j/64) for j < 64 as hi, lo pairs (the scalar callouts' table) */
const EXP64 = f64FromHex(
  '3ff0000000000000 0000000000000000 3ff02c9a3e778061 bc719083535b085d 3ff059b0d3158574 3c8d73e2a475b465 ' +
    '3ff0874518759bc8 3c6186be4bb284ff 3ff0b5586cf9890f 3c98a62e4adc610b 3ff0e3ec32d3d1a2 3c403a1727c57b53 ' +
    '3ff11301d0125b51 bc96c51039449b3a 3ff1429aaea92de0 bc932fbf9af1369e 3ff172b83c7d517b bc819041b9d78a76 ' +
    '3ff1a35beb6fcb75 3c8e5b4c7b4968e4 3ff1d4873168b9aa 3c9e016e00a2643c 3ff2063b88628cd6 3c8dc775814a8495 ' +
    '3ff2387a6e756238 3c99b07eb6c70573 3ff26b4565e27cdd 3c82bd339940e9d9 3ff29e9df51fdee1 3c8612e8afad1255 ' +
    '3ff2d285a6e4030b 3c90024754db41d5 3ff306fe0a31b715 3c86f46ad23182e4 3ff33c08b26416ff 3c932721843659a6 ' +
    '3ff371a7373aa9cb bc963aeabf42eae2 3ff3a7db34e59ff7 bc75e436d661f5e3 3ff3dea64c123422 3c8ada0911f09ebc ' +
    '3ff4160a21f72e2a bc5ef3691c309278 3ff44e086061892d 3c489b7a04ef80d0 3ff486a2b5c13cd0 3c73c1a3b69062f0 ' +
    '3ff4bfdad5362a27 3c7d4397afec42e2 3ff4f9b2769d2ca7 bc94b309d25957e3 3ff5342b569d4f82 bc807abe1db13cad ' +
    '3ff56f4736b527da 3c99bb2c011d93ad 3ff5ab07dd485429 3c96324c054647ad 3ff5e76f15ad2148 3c9ba6f93080e65e ' +
    '3ff6247eb03a5585 bc9383c17e40b497 3ff6623882552225 bc9bb60987591c34 3ff6a09e667f3bcd bc9bdd3413b26456 ' +
    '3ff6dfb23c651a2f bc6bbe3a683c88ab 3ff71f75e8ec5f74 bc816e4786887a99 3ff75feb564267c9 bc90245957316dd3 ' +
    '3ff7a11473eb0187 bc841577ee04992f 3ff7e2f336cf4e62 3c705d02ba15797e 3ff82589994cce13 bc9d4c1dd41532d8 ' +
    '3ff868d99b4492ed bc9fc6f89bd4f6ba 3ff8ace5422aa0db 3c96e9f156864b27 3ff8f1ae99157736 3c85cc13a2e3976c ' +
    '3ff93737b0cdc5e5 bc675fc781b57ebc 3ff97d829fde4e50 bc9d185b7c1b85d1 3ff9c49182a3f090 3c7c7c46b071f2be ' +
    '3ffa0c667b5de565 bc9359495d1cd533 3ffa5503b23e255d bc9d2f6edb8d41e1 3ffa9e6b5579fdbf 3c90fac90ef7fd31 ' +
    '3ffae89f995ad3ad 3c97a1cd345dcc81 3ffb33a2b84f15fb bc62805e3084d708 3ffb7f76f2fb5e47 bc75584f7e54ac3b ' +
    '3ffbcc1e904bc1d2 3c823dd07a2d9e84 3ffc199bdd85529c 3c811065895048dd 3ffc67f12e57d14b 3c92884dff483cad ' +
    '3ffcb720dcef9069 3c7503cbd1e949db 3ffd072d4a07897c bc9cbc3743797a9c 3ffd5818dcfba487 3c82ed02d75b3707 ' +
    '3ffda9e603db3285 3c9c2300696db532 3ffdfc97337b9b5f bc91a5cd4f184b5c 3ffe502ee78b3ff6 3c839e8980a9cc8f ' +
    '3ffea4afa2a490da bc9e9c23179c2893 3ffefa1bee615a27 3c9dc7f486a4b6b0 3fff50765b6e4540 3c99d3e12dd8a18b ' +
    '3fffa7c1819e90d8 3c874853f3a5931',
);
/** the callouts' 64/ln2, shifter 1.5·2**52, ln2/64 as hi + lo, polynomial c6..c2 and overflow threshold */
const [K64, SH52, L64H, L64L, E6, E5, E4, E3, E2, OVERFLOW] = f64FromHex(
  '40571547652b82fe 4338000000000000 3f862e42fefa0000 3d1cf79abc9e3b3a 3f56c16a1c2a3ffd 3f8111123aaf20d3 ' +
    '3fa5555555558fcc 3fc55555555548f8 3fe0000000000000 408633ce8fb9f87e',
);

/**
 * e**a / 2 for large a (past the vector paths' limits), as SVML's scalar callouts of sinh and cosh compute
 * it: N = round(a·64/ln2) by a rounded product and a shifter, r = a - N·ln2/64 in two plain steps, a
 * degree-6 polynomial by Horner's rule without FMAs, the table value 2**(j/64) as hi + lo, and a scaling by
 * 2**(N div 64 - 1) (in two steps near the top of the range). a >= 710.4758… overflows to inf.
 */
export function svmlHalfExp(a: number): number {
  if (a >= OVERFLOW) return Infinity;
  const u = a * K64 + SH52;
  const dN = u - SH52;
  const N = dN | 0;
  const j = N & 63;
  const r = (a - dN * L64H) - dN * L64L;
  const p = (((((E6 * r + E5) * r + E4) * r + E3) * r + E2) * r) * r + r;
  const th = EXP64[2 * j];
  const q = (p * th + EXP64[2 * j + 1]) + th;
  const e = ((N >>> 6) + 1022) & 2047;
  return e > 2046 ? q * 2 ** (e - 1024) * 2 : q * 2 ** (e - 1023);
}

/** SVML's sinh8_ha, one lane */
export function svmlSinh(x: number): number {
  const a = Math.abs(x);
  if (!(a < SINH_LIMIT)) return x !== x ? NaN : x < 0 ? -svmlHalfExp(a) : svmlHalfExp(a);
  let dM = fma(a, INVLN2, RSH);
  if (dM === RSH + 0.0625) dM = RSH;
  const dN = dM - RSH;
  const n = dN * 16;
  const j = n & 15, M = n >>> 4;
  const R = fma(-dN, L2L, a - dN * L2H); // dN·L2H is exact
  const R2 = R * R;
  const t1 = addExponent(T1H[j], M), t2 = addExponent(T2H[j], -M);
  const t1l = addExponent(T1L[j], M);
  const t2l = M > 0 && Math.abs(T2L[j]) < 2 ** (M - 1023) ? 0 : addExponent(T2L[j], -M);
  const D = t1 - t2, S = t1 + t2;
  const lo = (t1l - (t2 + (D - t1))) - t2l;
  const sh = fma(R2 * fma(R2, fma(R2, S7, S5), S3), R, R);
  const ch = R2 * fma(R2, fma(R2, fma(R2, Q8, Q6), Q4), Q2);
  const r = fma(S, sh, fma(ch, D, lo)) + D;
  return x < 0 || Object.is(x, -0) ? -Math.abs(r) : r;
}
