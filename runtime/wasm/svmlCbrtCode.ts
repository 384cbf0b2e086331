/**
 * NumPy's float64 cbrt (SVML's cbrt8_ha, runtime/math/svmlCbrt.ts) emitted inline into an element-wise
 * kernel. Normal finite arguments run here; zeros, subnormals, infinities and NaN call the JS reference.
 * The tables 2**(i/3) and cbrt(16/j) (hi, lo) live in the array heap, allocated on first use and never
 * freed; the rounded reciprocal j comes from comparisons with the measured thresholds. Each SVML FMA becomes
 * runtime/wasm/fmaCode.ts's exact sequence.
 */
import { Code, Op } from './assembler';
import { Emitter } from './fmaCode';
import { f64Table } from './heapTable';
import { RCP4_STEPS, CBRT_SH, CBRT_SL, CBRT_TH, CBRT_TL, CBRT_CONST as K } from '../math/svmlCbrt';

/** byte address of SH (3), SL (3), TH (9), TL (9) */
const tableAddress = f64Table(() => [...CBRT_SH, ...CBRT_SL, ...CBRT_TH, ...CBRT_TL]);

/** Emit NumPy's cbrt of the f64 local `x`, leaving the result on the stack; `host` is bound to svmlCbrt. */
export function emitSvmlCbrt(c: Code, x: number, tmp: () => number, tmpI32: () => number, host: number): void {
  const e = new Emitter(c, tmp);
  const base = tableAddress();
  const res = tmp(), a = tmp();
  c.get(x).op(Op.f64_abs).set(a);
  c.get(a).f64(2.2250738585072014e-308).op(Op.f64_ge);
  c.get(a).f64(Infinity).op(Op.f64_lt, Op.i32_and, Op.if, 0x40);
  const hw = tmpI32(), j = tmpI32(), E = tmpI32(), i = tmpI32();
  c.get(a).op(Op.i64_reinterpret_f64).i64(32).op(Op.i64_shr_u, Op.i32_wrap_i64).set(hw);
  c.get(hw).i32(20).op(Op.i32_shr_u).i32(1023).op(Op.i32_sub).set(E);
  // j = 16·rcp: 16 minus the thresholds the fraction's top 16 bits have reached
  c.i32(16);
  for (const s of RCP4_STEPS) c.get(hw).i32(0xfffff).op(Op.i32_and).i32(4).op(Op.i32_shr_u).i32(s).op(Op.i32_ge_u, Op.i32_sub);
  c.set(j);
  const m = tmp(), rcp = tmp();
  c.get(a).op(Op.i64_reinterpret_f64).i64(0xfffffffffffffn).op(Op.i64_and).i64(0x3ff0000000000000n).op(Op.i64_or, Op.f64_reinterpret_i64).set(m);
  c.get(j).op(Op.f64_convert_i32_u).f64(1 / 16).op(Op.f64_mul).set(rcp);
  const R = e.fma(e.factor(m), e.factor(rcp), { k: -1 });
  // k = floor(E/3) as SVML rounds it, i = E - 3k
  const eh = tmp(), kf = tmp();
  c.get(E).op(Op.f64_convert_i32_s).f64(K.SH52).op(Op.f64_add).set(eh);
  c.get(e.fma(e.factor(eh), e.konst(K.THIRD), { k: -K.TWO51 })).op(Op.f64_floor).set(kf);
  c.get(E).get(kf).op(Op.i32_trunc_f64_s).i32(3).op(Op.i32_mul, Op.i32_sub).i32(3).op(Op.i32_shl).i32(base).op(Op.i32_add).set(i);
  const at = tmpI32();
  c.get(j).i32(3).op(Op.i32_shl).i32(base + 48 - 64).op(Op.i32_add).set(at);
  const sh = tmp(), sl = tmp(), th = tmp(), tl = tmp();
  c.get(i).mem(Op.f64_load, 3, 0).set(sh);
  c.get(i).mem(Op.f64_load, 3, 24).set(sl);
  c.get(at).mem(Op.f64_load, 3, 0).set(th);
  c.get(at).mem(Op.f64_load, 3, 72).set(tl);
  const shth = e.mul(sh, th);
  const shf = e.factor(sh), thf = e.factor(th);
  const low = e.fma(thf, e.factor(sl), e.fma(e.factor(tl), shf, e.fma(shf, thf, e.mul({ k: -1 }, shth))));
  const Rf = e.factor(R), R2f = e.factor(e.mul(R, R));
  const pair = (n: number) => e.fma(Rf, e.konst(K.P[n]), { k: K.P[n + 1] }, true);
  let p = e.fma(R2f, e.factor(pair(0)), pair(2), true);
  for (const n of [4, 6, 8]) p = e.fma(R2f, e.factor(p), pair(n), true);
  const v = e.add(e.fma(e.factor(e.mul(shth, R)), e.factor(p), low), shth);
  c.get(v).get(kf).op(Op.i64_trunc_f64_s).i64(1023).op(Op.i64_add).i64(52).op(Op.i64_shl, Op.f64_reinterpret_i64, Op.f64_mul);
  c.get(x).op(Op.f64_copysign).set(res);
  c.op(Op.else);
  c.get(x).op(Op.call, host).set(res);
  c.op(Op.end);
  c.get(res);
}
