/**
 * NumPy's float64 `exp2` on x86-64 with AVX-512: NumPy calls Intel SVML's `__svml_exp28_ha`
 * (numpy/_core/src/umath/loops_umath_fp.dispatch.c.src), which is not correctly rounded (about one random
 * argument in twenty differs from glibc's exp2 by an ulp), so ndpy redoes its arithmetic step for step.
 *
 * Main path (|x| < 1021.9995…): r = x - floor(16·x)/16 exactly (vreducepd), j = floor(16·x) mod 16, a
 * degree-6 polynomial p(r) by Horner's rule with FMAs, then v = fma(Th·r, p, Tl) + Th with 2**(j/16) = Th + Tl
 * from a 16-entry table, and exp2(x) = v·2**floor(x) rounded once (vscalefpd, also into the subnormals).
 * NaN propagates. Larger |x| and infinities take SVML's scalar callout: N = round(64·x) by a shifter,
 * r = x - N/64, a degree-5 polynomial without FMAs, 2**(j/64) from a 64-entry table (hi, lo) and a scaling
 * by 2**(N div 64), through 2**-100 below -1022; x >= 1024 gives inf, x <= -1075 and -inf give 0.
 *
 * The constants are SVML's (`__svml_dexp2_ha_data_internal_avx512` and `__dexp2_ha__imldExp2HATab`,
 * numpy/SVML linux/avx512/svml_z0_exp2_d_ha.s, BSD-3-Clause), read as IEEE bit patterns.
 * runtime/wasm/svmlExp2Code.ts emits the same main path as WebAssembly; test/runtime/svmlExp2.test.ts
 * compares both with recorded NumPy values.
 */
import { fma } from './fma';
import { f64FromHex } from './svmlData';

/** 2**(j/16) as hi + lo */
export const EXP2_TH = f64FromHex(
  '3ff0000000000000 3ff0b5586cf9890f 3ff172b83c7d517b 3ff2387a6e756238 3ff306fe0a31b715 3ff3dea64c123422 ' +
    '3ff4bfdad5362a27 3ff5ab07dd485429 3ff6a09e667f3bcd 3ff7a11473eb0187 3ff8ace5422aa0db 3ff9c49182a3f090 ' +
    '3ffae89f995ad3ad 3ffc199bdd85529c 3ffd5818dcfba487 3ffea4afa2a490da',
);
export const EXP2_TL = f64FromHex(
  '0000000000000000 3c98a62e4adc610b bc819041b9d78a76 3c99b07eb6c70573 3c86f46ad23182e4 3c8ada0911f09ebc ' +
    '3c7d4397afec42e2 3c96324c054647ad bc9bdd3413b26456 bc841577ee04992f 3c96e9f156864b27 3c7c7c46b071f2be ' +
    '3c97a1cd345dcc81 3c811065895048dd 3c82ed02d75b3707 bc9e9c23179c2893',
);
/** main path polynomial c1..c6 and the callout threshold on |x| */
const [C1, C2, C3, C4, C5, C6, LIMIT] = f64FromHex(
  '3fe62e42fefa398b 3fcebfbdff84555a 3fac6b08d4ad86b9 3f83b2ad1b172252 3f55d7472713cd19 3f24a1d7f526371b ' +
    '408fefff00000000',
);
export const EXP2_CONST = { C1, C2, C3, C4, C5, C6, LIMIT };

/** the callout's 2**(j/64) as hi, lo pairs (also expm1's, svmlExpm1.ts) */
export const EXP64 = f64FromHex(
  '3ff0000000000000 0000000000000000 3ff02c9a3e778061 bc7160139cd8dc5d 3ff059b0d3158574 3c8cd2523567f613 ' +
    '3ff0874518759bc8 3c60f74e61e6c861 3ff0b5586cf9890f 3c979aa65d837b6d 3ff0e3ec32d3d1a2 3c3ebe3d702f9cd1 ' +
    '3ff11301d0125b51 bc9556522a2fbd0e 3ff1429aaea92de0 bc91c923b9d5f416 3ff172b83c7d517b bc801b15eaa59348 ' +
    '3ff1a35beb6fcb75 3c8b898c3f1353bf 3ff1d4873168b9aa 3c9aecf73e3a2f60 3ff2063b88628cd6 3c8a6f4144a6c38d ' +
    '3ff2387a6e756238 3c968efde3a8a894 3ff26b4565e27cdd 3c80472b981fe7f2 3ff29e9df51fdee1 3c82f7e16d09ab31 ' +
    '3ff2d285a6e4030b 3c8b3782720c0ab4 3ff306fe0a31b715 3c834d754db0abb6 3ff33c08b26416ff 3c8fdd395dd3f84a ' +
    '3ff371a7373aa9cb bc924aedcc4b5068 3ff3a7db34e59ff7 bc71d1e83e9436d2 3ff3dea64c123422 3c859f48a72a4c6d ' +
    '3ff4160a21f72e2a bc58a78f4817895b 3ff44e086061892d 3c4363ed60c2ac11 3ff486a2b5c13cd0 3c6ecce1daa10379 ' +
    '3ff4bfdad5362a27 3c7690cebb7aafb0 3ff4f9b2769d2ca7 bc8f94340071a38e 3ff5342b569d4f82 bc78dec6bd0f385f ' +
    '3ff56f4736b527da 3c93350518fdd78e 3ff5ab07dd485429 3c9063e1e21c5409 3ff5e76f15ad2148 3c9432e62b64c035 ' +
    '3ff6247eb03a5585 bc8c33c53bef4da8 3ff6623882552225 bc93cedd78565858 3ff6a09e667f3bcd bc93b3efbf5e2228 ' +
    '3ff6dfb23c651a2f bc6367efb86da9ee 3ff71f75e8ec5f74 bc781f647e5a3ecf 3ff75feb564267c9 bc8619321e55e68a ' +
    '3ff7a11473eb0187 bc7b32dcb94da51d 3ff7e2f336cf4e62 3c65ebe1abd66c55 3ff82589994cce13 bc9369b6f13b3734 ' +
    '3ff868d99b4492ed bc94d450d872576e 3ff8ace5422aa0db 3c8db72fc1f0eab4 3ff8f1ae99157736 3c7bf68359f35f44 ' +
    '3ff93737b0cdc5e5 bc5da9b88b6c1e29 3ff97d829fde4e50 bc92434322f4f9aa 3ff9c49182a3f090 3c71affc2b91ce27 ' +
    '3ffa0c667b5de565 bc87c50422622263 3ffa5503b23e255d bc91bbd1d3bcbb15 3ffa9e6b5579fdbf 3c8469846e735ab3 ' +
    '3ffae89f995ad3ad 3c8c1a7792cb3387 3ffb33a2b84f15fb bc55c3d956dcaeba 3ffb7f76f2fb5e47 bc68d6f438ad9334 ' +
    '3ffbcc1e904bc1d2 3c74ffd70a5fddcd 3ffc199bdd85529c 3c736eae30af0cb3 3ffc67f12e57d14b 3c84e08fd10959ac ' +
    '3ffcb720dcef9069 3c676b2c6c921968 3ffd072d4a07897c bc8fad5d3ffffa6f 3ffd5818dcfba487 3c74a385a63d07a7 ' +
    '3ffda9e603db3285 3c8e5a50d5c192ac 3ffdfc97337b9b5f bc82d52107b43e1f 3ffe502ee78b3ff6 3c74b604603a88d3 ' +
    '3ffea4afa2a490da bc8ff7128fd391f0 3ffefa1bee615a27 3c8ec3bc41aa2008 3fff50765b6e4540 3c8a64a931d185ee ' +
    '3fffa7c1819e90d8 3c77893b4d91cd9',
);
/** the callout's shifter 1.5·2**46 (ulp 1/64) and polynomial k1..k5 */
const [SH46, K1, K2, K3, K4, K5] = f64FromHex(
  '42d8000000000000 3fe62e42fefa39ef 3fcebfbdff82a23a 3fac6b08d7076268 3f83b2ad33f8b48b 3f55d870c4d8440a',
);

/** SVML's scalar callout for |x| >= 1021.9995…, infinities */
function callout(x: number): number {
  if (x >= 1024) return Infinity;
  if (x <= -1075) return 0;
  const t = x + SH46;
  const dN = t - SH46;
  const N = (dN * 64) | 0;
  const j = N & 63;
  const r = x - dN;
  const th = EXP64[2 * j];
  const q = ((((((K5 * r + K4) * r + K3) * r + K2) * r + K1) * r + EXP64[2 * j + 1]) * th) + th;
  if (x < -1022) return 2 ** ((((N >>> 6) + 1123) & 2047) - 1023) * q * 2 ** -100;
  const e = ((N >>> 6) + 1023) & 2047;
  return e > 2046 ? 2 ** (e - 1024) * q * 2 : 2 ** (e - 1023) * q;
}

const dv = new DataView(new ArrayBuffer(8));
/** the next double below the positive double v */
function nextDown(v: number): number {
  dv.setFloat64(0, v);
  dv.setBigUint64(0, dv.getBigUint64(0) - 1n);
  return dv.getFloat64(0);
}

/** SVML's exp28_ha, one lane */
export function svmlExp2(x: number): number {
  if (!(Math.abs(x) < LIMIT)) return x !== x ? NaN : callout(x);
  const f = Math.floor(x * 16);
  // vreducepd rounds x - f/16 down when it is not exact (x tiny and negative)
  const b = -f / 16;
  let r = x + b;
  const bb = r - x;
  if ((x - (r - bb)) + (b - bb) < 0) r = nextDown(r);
  const j = f & 15;
  const p = fma(r, fma(r, fma(r, fma(r, fma(r, C6, C5), C4), C3), C2), C1);
  const th = EXP2_TH[j];
  const v = fma(th * r, p, EXP2_TL[j]) + th;
  return v * 2 ** Math.floor(x);
}
