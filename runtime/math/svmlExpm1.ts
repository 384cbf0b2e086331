/**
 * NumPy's float64 `expm1` on x86-64 with AVX-512: NumPy calls Intel SVML's `__svml_expm18_ha`
 * (numpy/_core/src/umath/loops_umath_fp.dispatch.c.src), which is not correctly rounded (about one random
 * argument in twelve differs from glibc's expm1 by an ulp), so ndpy redoes its arithmetic step for step.
 *
 * Main path (x < 707.70…): Z = x·log2(e) rounded to a multiple of 1/16 by an FMA against a shifter,
 * j = 16·Z mod 16, R = x - Z·ln2 (hi by an FMA, lo by a second FMA whose rounding error is kept as Rl),
 * Ts = 2**(j/16)·2**floor(max(Z, -128)) from a 16-entry table (hi, with a relative lo Tlr), Ts - 1 with its
 * rounding error (the larger of Ts and -1 minus the sum, plus the smaller), a degree-8 polynomial in R by
 * FMAs, and expm1(x) = (Ts - 1 + Ts·R) + (fma(P, Ts, err) + low(Ts·R)); the sign of x is or-ed in.
 * NaN gives NaN; x >= 707.70… takes SVML's scalar callout, exp(x) from a 64-entry table and a plain
 * polynomial (inf past 709.78…).
 *
 * The constants are SVML's (`__svml_dexpm1_ha_data_internal_avx512`, `_imldExpHATab`; numpy/SVML
 * linux/avx512/svml_z0_expm1_d_ha.s, BSD-3-Clause), read as IEEE bit patterns. runtime/wasm/svmlExpm1Code.ts
 * emits the same main path as WebAssembly; test/runtime/svmlExpm1.test.ts compares both with recorded NumPy
 * values.
 */
import { fma } from './fma';
import { f64FromHex } from './svmlData';
import { EXP2_TH, EXP64 } from './svmlExp2';

/** the relative low parts of 2**(j/16) (the high parts are exp2's table) */
export const EXPM1_TLR = f64FromHex(
  '0000000000000000 3c979aa65d837b6d bc801b15eaa59348 3c968efde3a8a894 3c834d754db0abb6 3c859f48a72a4c6d ' +
    '3c7690cebb7aafb0 3c9063e1e21c5409 bc93b3efbf5e2228 bc7b32dcb94da51d 3c8db72fc1f0eab4 3c71affc2b91ce27 ' +
    '3c8c1a7792cb3387 3c736eae30af0cb3 3c74a385a63d07a7 bc8ff7128fd391f0',
);
/** log2(e), the shifter 1.5·2**48 (+ 0x3ff0 in its low bits), the callout threshold, ln2 as hi + lo, c8..c3 */
const [LOG2E, SHIFT, LIMIT, L2H, L2L, C8, C7, C6, C5, C4, C3] = f64FromHex(
  '3ff71547652b82fe 42f8000000003ff0 40861da04cbafe44 3fe62e42fefa39ef 3c7abc9e3b39803f 3efa01f8f4be0bb2 ' +
    '3f2a01f8f4b129c3 3f56c16c16304601 3f81111110a65711 3fa555555555560a 3fc55555555555f9',
);
export const EXPM1_CONST = { LOG2E, SHIFT, LIMIT, L2H, L2L, P: [C8, C7, C6, C5, C4, C3] };
/** the callout's 64/ln2, shifter 1.5·2**52, ln2/64 as hi + lo, polynomial e6..e2, overflow threshold */
const [K64, SH52, L64H, L64L, E6, E5, E4, E3, E2, OVERFLOW] = f64FromHex(
  '40571547652b82fe 4338000000000000 3f862e42fefa0000 3d1cf79abc9e3b3a 3f56c16a1c2a3ffd 3f8111123aaf20d3 ' +
    '3fa5555555558fcc 3fc55555555548f8 3fe0000000000000 40862e42fefa39ef',
);

/** SVML's scalar callout for x >= 707.70…: exp(x) */
function callout(x: number): number {
  if (x > OVERFLOW) return Infinity;
  const dN = (x * K64 + SH52) - SH52;
  const N = dN | 0;
  const j = N & 63;
  const r = (x - dN * L64H) - dN * L64L;
  const p = (((((E6 * r + E5) * r + E4) * r + E3) * r + E2) * r) * r + r;
  const th = EXP64[2 * j];
  const q = (p + EXP64[2 * j + 1]) * th + th;
  const e = ((N >>> 6) + 1023) & 2047;
  return e > 2046 ? 2 ** (e - 1024) * q * 2 : 2 ** (e - 1023) * q;
}

const dv = new DataView(new ArrayBuffer(8));
/** v with bit 62 cleared, as SVML masks R so that |R| < 2 even for huge, infinite or NaN x */
function belowTwo(v: number): number {
  dv.setFloat64(0, v);
  dv.setUint32(0, dv.getUint32(0) & 0xbfffffff);
  return dv.getFloat64(0);
}

/** SVML's expm18_ha, one lane */
export function svmlExpm1(x: number): number {
  if (!(x < LIMIT)) return x !== x ? NaN : callout(x);
  const dM = fma(x, LOG2E, SHIFT);
  dv.setFloat64(0, dM);
  const j = dv.getUint32(4) & 15;
  const Z = dM - SHIFT;
  const R = fma(-Z, L2H, x);
  const ts = EXP2_TH[j] * 2 ** Math.floor(Math.max(Z, -128));
  const Rraw = fma(-Z, L2L, R);
  const Rf = belowTwo(Rraw);
  const Rl = belowTwo(fma(-Z, L2L, R - Rraw));
  const tlr = EXPM1_TLR[j];
  const a = fma(Rf, C6, C5);
  const b = fma(Rf, C4, C3);
  const R2 = Rf * Rf;
  const t4 = fma(Rf, tlr, Rl + tlr);
  let p = fma(R2, fma(Rf, C8, C7), a);
  p = fma(R2, p, b);
  const tm1 = ts - 1;
  const err = ts < 1 ? (-1 - tm1) + ts : (ts - tm1) - 1;
  p = fma(R2, fma(Rf, p, 0.5), t4);
  // past 2**512 the last FMAs run on operands scaled by 2**-64 (exact, and the same single rounding) so that
  // runtime/math/fma.ts's splitting cannot overflow
  const s = Z < 512 ? 1 : 2 ** -64;
  const tss = ts * s, tm1s = tm1 * s;
  const hi = fma(Rf, tss, tm1s);
  const lo = fma(Rf, tss, -(hi - tm1s));
  const r = (hi + (fma(p, tss, err * s) + lo)) / s;
  return x < 0 || Object.is(x, -0) ? -Math.abs(r) : r;
}
