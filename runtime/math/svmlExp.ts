/**
 * NumPy's float64 `exp` on x86-64 with AVX-512 (the build PyPI wheels ship): NumPy calls Intel SVML's
 * `__svml_exp8_ha` there (numpy/_core/src/umath/loops_exponent_log.dispatch.c.src), which is not correctly
 * rounded — about 4% of random arguments differ from glibc's exp by an ulp — so matching NumPy's digits
 * means redoing SVML's arithmetic step for step.
 *
 * Main path (|x| < 707.70…): N = x·log2(e) rounded down to a multiple of 1/16 (SVML adds 1.5·2**48 + 1023
 * with an FMA in round-toward-zero), r = x - N·ln2 by two FMAs, a degree-6 polynomial in r by FMAs (Estrin
 * pairs), then 2**frac(N) from a 16-entry table as Th·(1 + Tlr) and exp(x) = 2**floor(N)·Th·(1 + p) by one
 * last FMA and a scaling. `fma` (runtime/math/fma.ts) rounds each fused step once, as the hardware does.
 * Rare path (|x| ≥ 707.70…, infinities): SVML's scalar callout with a 64-entry table, a plain (unfused)
 * degree-5 polynomial and a careful scaling into the subnormal range. NaN propagates through the main path.
 *
 * The constants are SVML's (numpy/SVML, linux/avx512/svml_z0_exp_d_ha.s); the table holds 2**(j/64) as
 * a rounded value and its relative error. runtime/wasm/svmlExpCode.ts emits the same main path as
 * WebAssembly; differential tests (test/runtime/svmlExp.test.ts) compare the two.
 */
import { fma } from './fma';

/** 2**(j/64) for j < 64: hi and the relative correction lo, as big-endian hex of the two doubles */
const TABLE_HEX =
  '3ff000000000000000000000000000003ff02c9a3e778061bc7160139cd8dc5d3ff059b0d31585743c8cd2523567f613' +
  '3ff0874518759bc83c60f74e61e6c8613ff0b5586cf9890f3c979aa65d837b6d3ff0e3ec32d3d1a23c3ebe3d702f9cd1' +
  '3ff11301d0125b51bc9556522a2fbd0e3ff1429aaea92de0bc91c923b9d5f4163ff172b83c7d517bbc801b15eaa59348' +
  '3ff1a35beb6fcb753c8b898c3f1353bf3ff1d4873168b9aa3c9aecf73e3a2f603ff2063b88628cd63c8a6f4144a6c38d' +
  '3ff2387a6e7562383c968efde3a8a8943ff26b4565e27cdd3c80472b981fe7f23ff29e9df51fdee13c82f7e16d09ab31' +
  '3ff2d285a6e4030b3c8b3782720c0ab43ff306fe0a31b7153c834d754db0abb63ff33c08b26416ff3c8fdd395dd3f84a' +
  '3ff371a7373aa9cbbc924aedcc4b50683ff3a7db34e59ff7bc71d1e83e9436d23ff3dea64c1234223c859f48a72a4c6d' +
  '3ff4160a21f72e2abc58a78f4817895b3ff44e086061892d3c4363ed60c2ac113ff486a2b5c13cd03c6ecce1daa10379' +
  '3ff4bfdad5362a273c7690cebb7aafb03ff4f9b2769d2ca7bc8f94340071a38e3ff5342b569d4f82bc78dec6bd0f385f' +
  '3ff56f4736b527da3c93350518fdd78e3ff5ab07dd4854293c9063e1e21c54093ff5e76f15ad21483c9432e62b64c035' +
  '3ff6247eb03a5585bc8c33c53bef4da83ff6623882552225bc93cedd785658583ff6a09e667f3bcdbc93b3efbf5e2228' +
  '3ff6dfb23c651a2fbc6367efb86da9ee3ff71f75e8ec5f74bc781f647e5a3ecf3ff75feb564267c9bc8619321e55e68a' +
  '3ff7a11473eb0187bc7b32dcb94da51d3ff7e2f336cf4e623c65ebe1abd66c553ff82589994cce13bc9369b6f13b3734' +
  '3ff868d99b4492edbc94d450d872576e3ff8ace5422aa0db3c8db72fc1f0eab43ff8f1ae991577363c7bf68359f35f44' +
  '3ff93737b0cdc5e5bc5da9b88b6c1e293ff97d829fde4e50bc92434322f4f9aa3ff9c49182a3f0903c71affc2b91ce27' +
  '3ffa0c667b5de565bc87c504226222633ffa5503b23e255dbc91bbd1d3bcbb153ffa9e6b5579fdbf3c8469846e735ab3' +
  '3ffae89f995ad3ad3c8c1a7792cb33873ffb33a2b84f15fbbc55c3d956dcaeba3ffb7f76f2fb5e47bc68d6f438ad9334' +
  '3ffbcc1e904bc1d23c74ffd70a5fddcd3ffc199bdd85529c3c736eae30af0cb33ffc67f12e57d14b3c84e08fd10959ac' +
  '3ffcb720dcef90693c676b2c6c9219683ffd072d4a07897cbc8fad5d3ffffa6f3ffd5818dcfba4873c74a385a63d07a7' +
  '3ffda9e603db32853c8e5a50d5c192ac3ffdfc97337b9b5fbc82d52107b43e1f3ffe502ee78b3ff63c74b604603a88d3' +
  '3ffea4afa2a490dabc8ff7128fd391f03ffefa1bee615a273c8ec3bc41aa20083fff50765b6e45403c8a64a931d185ee' +
  '3fffa7c1819e90d83c77893b4d91cd9d';

/** EXP_TABLE[2j] = hi, EXP_TABLE[2j + 1] = lo for 2**(j/64) */
export const EXP_TABLE = new Float64Array(128);
{
  const dv = new DataView(new ArrayBuffer(8));
  for (let i = 0; i < 128; i++) {
    dv.setUint32(0, parseInt(TABLE_HEX.slice(16 * i, 16 * i + 8), 16));
    dv.setUint32(4, parseInt(TABLE_HEX.slice(16 * i + 8, 16 * i + 16), 16));
    EXP_TABLE[i] = dv.getFloat64(0);
  }
}

/** main-path constants (SVML's `__svml_dexp_ha_data_internal_avx512`) */
export const EXP_CONST = {
  log2e: 1.4426950408889634,
  ln2Hi: 0.6931471805599453,
  ln2Lo: 2.3190468138462996e-17,
  c1: 0.999999999999984,
  c2: 0.5000000000059126,
  c3: 0.1666666658485894,
  c4: 0.0416667205488057,
  c5: 0.008331512908898442,
  c6: 0.0014193283516881214,
  /** |x| from here on takes the rare path */
  threshold: 707.7032713517042,
};
const K = EXP_CONST;

const POW2 = new Float64Array(2048); // POW2[k + 1023] = 2**k for normal k
for (let k = -1022; k <= 1023; k++) POW2[k + 1023] = 2 ** k;

/** floor(16·x·log2(e)) / 16, as SVML's round-toward-zero FMA with its shifter computes it */
export function expReduce(x: number): number {
  const p = x * K.log2e;
  let n = Math.floor(p * 16);
  // p·16 is exact, so only an integral p·16 can sit above the exact product: then the product's error decides
  if (n === p * 16 && fma(x, K.log2e, -p) < 0) n -= 1;
  return n / 16;
}

/** SVML's exp8_ha, one lane */
export function svmlExp(x: number): number {
  if (!(Math.abs(x) < K.threshold)) return x !== x ? x : rareExp(x);
  const n = expReduce(x);
  const m = Math.floor(n);
  const j = (n - m) * 16;
  const r = fma(-n, K.ln2Lo, fma(-n, K.ln2Hi, x));
  const r2 = r * r;
  let a = fma(r, K.c6, K.c5);
  const b = fma(r, K.c4, K.c3);
  const d = fma(r, K.c2, K.c1);
  a = fma(r2, a, b);
  a = fma(r2, a, d);
  const th = EXP_TABLE[8 * j];
  const q = fma(a, r, EXP_TABLE[8 * j + 1]);
  return fma(th, q, th) * POW2[m + 1023];
}

// the rare path's own constants (`_imldExpHATab` after the table)
const R_64_LN2 = 92.33248261689366;
const R_SHIFT = 6755399441055744; // 1.5·2**52
const R_LN2_64_HI = 0.010830424696223417;
const R_LN2_64_LO = 2.572804622327669e-14;
const R_C = [0.5, 0.1666666666665788, 0.04166666666677052, 0.008333341995140497, 0.0013888870459233254];
const R_OVERFLOW = 709.782712893384;
const R_SUBNORMAL = -708.3964185322641;
const R_UNDERFLOW = -745.1332191019411;

/** SVML's scalar callout `__svml_dexp_ha_cout_rare_internal` (plain double arithmetic) */
function rareExp(x: number): number {
  if (x === Infinity) return x;
  if (x === -Infinity) return 0;
  if (x > R_OVERFLOW) return Infinity;
  if (x < R_UNDERFLOW) return 0;
  const kd = (x * R_64_LN2 + R_SHIFT) - R_SHIFT;
  const j = kd & 63;
  const r = (x - kd * R_LN2_64_HI) - kd * R_LN2_64_LO;
  let p = R_C[4] * r + R_C[3];
  p = p * r + R_C[2];
  p = p * r + R_C[1];
  p = p * r + R_C[0];
  p = p * r * r + r;
  const hi = EXP_TABLE[2 * j];
  const w = (p + EXP_TABLE[2 * j + 1]) * hi;
  const m = (kd - j) / 64;
  if (x >= R_SUBNORMAL) {
    const res = w + hi;
    return m === 1024 ? res * POW2[1023 + 1023] * 2 : res * POW2[m + 1023];
  }
  // subnormal result: scale by 2**(m+60), add, then split before scaling back by 2**-60
  const sc = POW2[m + 60 + 1023];
  const w2 = w * sc;
  const h2 = hi * sc;
  const v = h2 + w2;
  if (m + 60 + 1023 <= 50) return v * 2 ** -60;
  const err = (h2 - v) + w2;
  const a = v * 6442450944;
  const hiPart = (v + a) - a;
  const loPart = err + (v - hiPart);
  return hiPart * 2 ** -60 + loPart * 2 ** -60;
}
