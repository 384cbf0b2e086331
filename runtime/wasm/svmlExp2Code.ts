/**
 * NumPy's float64 exp2 (SVML's exp28_ha, runtime/math/svmlExp2.ts) emitted inline into an element-wise
 * kernel. The main path (|x| < 1021.9995…) runs here; larger |x|, infinities and NaN call the JS reference.
 * The 16-entry table 2**(j/16) (hi, lo) lives in the array heap, allocated on first use and never freed.
 * Each SVML FMA becomes runtime/wasm/fmaCode.ts's exact sequence; the reduction's round-down is a two-sum
 * and a step to the next double below.
 */
import { Code, Op } from './assembler';
import { Emitter } from './fmaCode';
import { f64Table, pairs } from './heapTable';
import { EXP2_TH, EXP2_TL, EXP2_CONST as K } from '../math/svmlExp2';

/** byte address of 16 × (Th, Tl) */
const tableAddress = f64Table(() => pairs(EXP2_TH, EXP2_TL));

/** Emit NumPy's exp2 of the f64 local `x`, leaving the result on the stack; `host` is bound to svmlExp2. */
export function emitSvmlExp2(c: Code, x: number, tmp: () => number, tmpI32: () => number, host: number): void {
  const e = new Emitter(c, tmp);
  const res = tmp();
  c.get(x).op(Op.f64_abs).f64(K.LIMIT).op(Op.f64_lt, Op.if, 0x40);
  // f = floor(16·x), r = x - f/16 rounded down (vreducepd)
  const f = tmp(), b = tmp(), r = tmp(), bb = tmp();
  c.get(x).f64(16).op(Op.f64_mul, Op.f64_floor).set(f);
  c.get(f).f64(-1 / 16).op(Op.f64_mul).set(b);
  c.get(x).get(b).op(Op.f64_add).set(r);
  c.get(r).get(x).op(Op.f64_sub).set(bb);
  c.get(r).op(Op.i64_reinterpret_f64).i64(1).op(Op.i64_sub, Op.f64_reinterpret_i64).get(r);
  c.get(x).get(r).get(bb).op(Op.f64_sub, Op.f64_sub).get(b).get(bb).op(Op.f64_sub, Op.f64_add).f64(0).op(Op.f64_lt, Op.select).set(r);
  const at = tmpI32();
  c.get(f).op(Op.i32_trunc_f64_s).i32(15).op(Op.i32_and).i32(4).op(Op.i32_shl).i32(tableAddress()).op(Op.i32_add).set(at);
  const rf = e.factor(r);
  let p = e.fma(rf, e.konst(K.C6), { k: K.C5 }, true);
  for (const k of [K.C4, K.C3, K.C2, K.C1]) p = e.fma(rf, e.factor(p), { k }, true);
  const th = tmp(), tl = tmp();
  c.get(at).mem(Op.f64_load, 3, 0).set(th);
  c.get(at).mem(Op.f64_load, 3, 8).set(tl);
  const v = e.add(e.fma(e.factor(e.mul(th, r)), e.factor(p), tl), th);
  // times 2**floor(x), a normal power of two here
  c.get(v).get(x).op(Op.f64_floor, Op.i64_trunc_f64_s).i64(1023).op(Op.i64_add).i64(52).op(Op.i64_shl, Op.f64_reinterpret_i64, Op.f64_mul).set(res);
  c.op(Op.else);
  c.get(x).op(Op.call, host).set(res);
  c.op(Op.end);
  c.get(res);
}
