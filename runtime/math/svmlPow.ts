/**
 * NumPy's float64 `power` on x86-64 with AVX-512: NumPy calls Intel SVML's `__svml_pow8_ha`
 * (numpy/_core/src/umath/loops_umath_fp.dispatch.c.src), which differs from glibc's pow on ~5% of
 * arguments, so ndpy redoes its arithmetic step for step. NumPy's loop first takes a fast path when the
 * exponent operand is one scalar (stride 0): -1 → 1/x, 0 → 1, 0.5 → sqrt, 1 → x, 2 → x·x (`powerStride0`).
 *
 * Main path (x positive finite, subnormals included; y finite; |y·log2 x| <= 1021.5):
 * log2(x) = E + log2(m) with m in [0.5, 1) (vgetexp/vgetmant); rcp = j/32 ≈ 1/m is the 14-bit hardware
 * reciprocal rounded to 5 fraction bits (its steps over the 16-bit fraction prefix were measured on the
 * hardware, POW_RCP_STEPS); R = (rcp·m - 1)/2 is exact; log2 x = E' - log2(rcp) + log2(1 + 2R), with
 * -log2(rcp) from a 32-entry table (hi T1 + lo T2; for rcp >= 1.5 the table holds 1 - log2(rcp) and E is not
 * raised) and log2(1 + 2R) = (2/ln2)·R + … as a high part kept exact by FMAs plus a degree-8 polynomial.
 * Then Z = y·log2 x in directed rounding: the product and the sum toward zero ({rz-sae}), and
 * 2**Z = 2**floor(Z) · 2**(j/16) · (1 + q(r)) with r = Z - floor(16 Z)/16 plus the low part, a degree-6
 * polynomial and a 16-entry table. Everything else — x <= 0, x infinite or NaN, y infinite or NaN, and
 * results beyond 2**±1021.5 — goes to SVML's scalar callout in NumPy, which is not ported: ndpy uses its
 * correctly rounded pow there (libm.ts crPow), which agrees with that callout on ~99.85% of arguments
 * (measured on negative bases with integer exponents; the rest differ by one ulp).
 *
 * The constants are SVML's (`__svml_dpow_ha_data_internal_avx512`, numpy/SVML linux/avx512/
 * svml_z0_pow_d_ha.s, BSD-3-Clause), read as IEEE bit patterns.
 */
import { fma } from './fma';
import { f64FromHex } from './svmlData';
import { addRD, addRZ, fmaRZ, mulRZ, prodErr } from './directedRounding';
import { crPow } from './libm';

/** first 16-bit fraction prefix of m at which round(vrcp14(m), 5 bits) drops by 1/32, from 2 down to 1 */
export const POW_RCP_STEPS = [
  518, 1575, 2666, 3792, 4957, 6159, 7410, 8701, 10038, 11423, 12864, 14354, 15909, 17518, 19198, 20946,
  22767, 24663, 26647, 28717, 30885, 33154, 35533, 38026, 40651, 43407, 46313, 49376, 52616, 56038, 59669, 63523,
];

/** POW_RCP_J[p] = 32·rcp (64 down to 32) for the 16-bit fraction prefix p of x */
export const POW_RCP_J = new Uint8Array(65536);
{
  let j = 64;
  for (let p = 0, s = 0; p < 65536; p++) {
    while (s < 32 && POW_RCP_STEPS[s] <= p) (s++, j--);
    POW_RCP_J[p] = j;
  }
}

/** -log2(rcp) (+1 when rcp >= 1.5) as hi T1 and lo T2, indexed by rcp's top 5 fraction bits */
export const POW_T1 = f64FromHex(
  '0000000000000000 bfa6bad3758e0000 bfb663f6fac90000 bfc08c588cda8000 bfc5c01a39fc0000 bfcacf5e2db50000 ' +
    'bfcfbc16b9028000 bfd24407ab0e0000 bfd49a784bcd0000 bfd6e221cd9d0000 bfd91bba891f0000 bfdb47ebf7388000 ' +
    'bfdd6753e0330000 bfdf7a8568cb0000 bfe0c10500d64000 bfe1bf311e95e000 3fda8ff971810000 3fd8a8980abfc000 ' +
    '3fd6cb0f6865c000 3fd4f6fbb2cec000 3fd32bfee3710000 3fd169c053640000 3fcf5fd8a9060000 3fcbfc67a8000000 ' +
    '3fc8a8980abf8000 3fc563dc29ff8000 3fc22dadc2ab0000 3fbe0b1ae8f30000 3fb7d60496d00000 3fb1bb32a6000000 ' +
    '3fa77394c9da0000 3f9743ee86200000',
);
export const POW_T2 = f64FromHex(
  '0000000000000000 bd5fb0e626c0de13 bd33167ccc538261 3d2871a7610e40bd 3d54bc302ffa76fb 3d436c101ee13440 ' +
    '3d47f5dc57266758 bd3ce60916e52e91 bd5b8afe492bf6ff bd49bcaf1aa4168a bd5708b4b2b5056c bd250520a377c7ec ' +
    '3d55f101c141e670 bd3b3b3864c60011 3d45669df6a2b592 3d5fe43895d8ac46 3d44bc302ffa76fb bd266cccab240e90 ' +
    '3d41d406db502403 3d3661e393a16b95 bd51979a5db68722 bd4d4f1b95e0ff45 3d5f1a4847f7b278 bd3667f21fa8423f ' +
    '3d5e9933354dbf17 3d56590643906f2a 3d5a4b69691d7994 bd054cda62d3926e bd512ce6312ebb82 3d552743318a8a57 ' +
    'bd54e55443478fe0 bd495539356f93dc',
);
/** 2**(j/16) as Th + Tl */
export const POW_TH = f64FromHex(
  '3ff0000000000000 3ff0b5586cf9890f 3ff172b83c7d517b 3ff2387a6e756238 3ff306fe0a31b715 3ff3dea64c123422 ' +
    '3ff4bfdad5362a27 3ff5ab07dd485429 3ff6a09e667f3bcd 3ff7a11473eb0187 3ff8ace5422aa0db 3ff9c49182a3f090 ' +
    '3ffae89f995ad3ad 3ffc199bdd85529c 3ffd5818dcfba487 3ffea4afa2a490da',
);
export const POW_TL = f64FromHex(
  '0000000000000000 3c979aa65d837b6d bc801b15eaa59348 3c968efde3a8a894 3c834d754db0abb6 3c859f48a72a4c6d ' +
    '3c7690cebb7aafb0 3c9063e1e21c5409 bc93b3efbf5e2228 bc7b32dcb94da51d 3c8db72fc1f0eab4 3c71affc2b91ce27 ' +
    '3c8c1a7792cb3387 3c736eae30af0cb3 3c74a385a63d07a7 bc8ff7128fd391f0',
);
/** 2/ln2, the log polynomial c8..c1 with its two tiny terms, and the exp polynomial e6..e1 */
const [L2E2, P8, P7, P6, P5, P4, P3, P2, P1, Q1, Q0] = f64FromHex(
  '40071547652b82fe c0627a394386376f 4054873cf87141d1 c04715473528efc1 403a617607e55815 c02ec709dc3b71a1 ' +
    '4022776c50effbde c0171547652b82fc 400ec709dc3a03fd bc8778d9c7190437 3c8777df70b75d10',
);
const [E6, E5, E4, E3, E2, E1] = f64FromHex(
  '3f24a1d7f58c2d59 3f55d7472783d279 3f83b2ad1b14ebaa 3fac6b08d4ad8eb9 3fcebfbdff84554d 3fe62e42fefa398b',
);
export const POW_CONST = { L2E2, P8, P7, P6, P5, P4, P3, P2, P1, Q1, Q0, E6, E5, E4, E3, E2, E1 };

const dv = new DataView(new ArrayBuffer(8));

/** log2(x) as the unevaluated sum A + Lo (SVML's L = A + Lo rounded, and its parts), x positive finite */
export function powLog2(x: number): [number, number] {
  let e0 = 0;
  if (x < 2.2250738585072014e-308) (x *= 2 ** 52, e0 = -52);
  dv.setFloat64(0, x);
  const hi = dv.getUint32(0);
  const E = (hi >>> 20) - 1023 + e0;
  dv.setUint32(0, (hi & 0xfffff) | 0x3ff00000);
  const m2 = dv.getFloat64(0); // 2m in [1, 2)
  const j = POW_RCP_J[(hi & 0xfffff) >>> 4];
  const f = j & 31;
  const Ep = j < 48 ? E + 1 : E;
  // R = (j·m2 - 64)/128 exactly (m2 split in 26-bit halves, Sterbenz for j·mh - 64)
  const mh = Math.floor(m2 * 67108864) / 67108864;
  const R = ((j * mh - 64) + j * (m2 - mh)) / 128;
  const R2 = R * R;
  const p9a = fma(R2, fma(R, P8, P7), fma(R, P6, P5));
  const h0 = POW_T1[f] + Ep;
  const p7 = fma(R2, fma(R, P4, P3), fma(R, P2, P1));
  const p9 = fma(R2, fma(R2 * R2, p9a, p7), fma(R, Q1, Q0));
  const pl = fma(R, p9, POW_T2[f]);
  const H = fma(R, L2E2, h0);
  const d = H - h0;
  const A = fma(-R, d, H);
  let e14 = fma(R, L2E2, -d);
  const B = H - A;
  e14 = fma(-e14, R, e14);
  const c12 = fma(d, R, -B);
  const Lo = pl + (e14 - c12);
  return [A, Lo];
}

/** SVML's pow8_ha, one lane */
export function svmlPow(x: number, y: number): number {
  if (!(x > 0 && x < Infinity) || !(Math.abs(y) < Infinity)) return crPow(x, y);
  const [A, Lo] = powLog2(x);
  const L = A + Lo;
  const P = mulRZ(L, y);
  const Llo = Lo - (L - A);
  // y·L - P is representable (the error of a product rounded toward zero), so SVML's FMA is exact here
  const p = L * y;
  const perr = (p - P) + prodErr(L, y, p);
  const W = fmaRZ(y, Llo, perr);
  const Z = addRZ(P, W);
  if (!(Math.abs(Z) <= 1021.5)) return crPow(x, y);
  const n16 = Math.floor(Z * 16);
  const n = Math.floor(n16 / 16);
  const j = n16 - 16 * n;
  // vreducepd: Z - floor(16 Z)/16, the subtraction rounded down too
  const r = addRD(Z, -n16 / 16) + (W - (Z - P));
  const r2 = r * r;
  let q = fma(r2, fma(r, E6, E5), fma(r, E4, E3));
  q = fma(r2, q, fma(r, E2, E1));
  q = fma(r, q, POW_TL[j]);
  const th = POW_TH[j];
  return fma(th, q, th) * 2 ** n;
}

/** NumPy's loop when the exponent is one scalar for the whole inner loop (stride 0) */
export function powerStride0(x: number, y: number): number {
  if (y === -1) return 1 / x;
  if (y === 0) return 1;
  if (y === 0.5) return Math.sqrt(x);
  if (y === 1) return x;
  if (y === 2) return x * x;
  return svmlPow(x, y);
}
